package dev.orderledger.search;

import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.SkuSpec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product as the search index stores it. Prices are decimal strings in the SKU list (exact) and
 * numbers in {@code minPrice}/{@code maxPrice} (for ranges and sorting only).
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
        BigDecimal minPrice,
        BigDecimal maxPrice,
        List<String> salesAttributes,
        List<Sku> skus) {

    record Sku(String skuId, String price, Map<String, String> salesAttributes) {
    }

    static ProductDocument of(ProductCreatedEvent event) {
        List<SkuSpec> specs = event.skus();
        return new ProductDocument(event.productId().value(), event.sellerId(), event.name(), event.description(),
                event.categoryId(), event.brand(), ProductStatus.DRAFT.name(),
                specs.get(0).price().currency().getCurrencyCode(),
                specs.stream().map(sku -> sku.price().amount()).min(BigDecimal::compareTo).orElseThrow(),
                specs.stream().map(sku -> sku.price().amount()).max(BigDecimal::compareTo).orElseThrow(),
                specs.stream().flatMap(sku -> sku.salesAttributes().entrySet().stream())
                        .map(attribute -> attribute.getKey() + ":" + attribute.getValue()).distinct().toList(),
                specs.stream().map(sku -> new Sku(sku.skuId().value(), sku.price().amount().toPlainString(),
                        sku.salesAttributes())).toList());
    }

    ProductDocument withStatus(ProductStatus newStatus) {
        return new ProductDocument(productId, sellerId, name, description, categoryId, brand, newStatus.name(),
                currency, minPrice, maxPrice, salesAttributes, skus);
    }
}
