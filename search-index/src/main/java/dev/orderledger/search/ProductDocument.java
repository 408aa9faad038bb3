package dev.orderledger.search;

import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.SkuSpec;

import java.util.List;
import java.util.Map;

/**
 * A product as the search index stores it. SKU prices are exact decimal strings; the price range
 * is in minor units (fen, cents) as whole numbers, for range filters and sorting.
 */
record ProductDocument(
        String productId,
        String sellerId,
        String name,
        String description,
        String categoryId,
        String brand,
        String status,
        String currency,
        long minPriceMinor,
        long maxPriceMinor,
        List<String> salesAttributes,
        List<Sku> skus) {

    record Sku(String skuId, String price, Map<String, String> salesAttributes) {
    }

    static ProductDocument of(ProductCreatedEvent event) {
        List<SkuSpec> specs = event.skus();
        return new ProductDocument(event.productId().value(), event.sellerId(), event.name(), event.description(),
                event.categoryId(), event.brand(), ProductStatus.DRAFT.name(),
                specs.get(0).price().currency().getCurrencyCode(),
                specs.stream().mapToLong(ProductDocument::minorUnits).min().orElseThrow(),
                specs.stream().mapToLong(ProductDocument::minorUnits).max().orElseThrow(),
                specs.stream().flatMap(sku -> sku.salesAttributes().entrySet().stream())
                        .map(attribute -> attribute.getKey() + ":" + attribute.getValue()).distinct().toList(),
                specs.stream().map(sku -> new Sku(sku.skuId().value(), sku.price().amount().toPlainString(),
                        sku.salesAttributes())).toList());
    }

    private static long minorUnits(SkuSpec sku) {
        return sku.price().amount().movePointRight(sku.price().amount().scale()).longValueExact();
    }

    ProductDocument withStatus(ProductStatus newStatus) {
        return new ProductDocument(productId, sellerId, name, description, categoryId, brand, newStatus.name(),
                currency, minPriceMinor, maxPriceMinor, salesAttributes, skus);
    }
}
