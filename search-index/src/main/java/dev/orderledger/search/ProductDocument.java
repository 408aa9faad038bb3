package dev.orderledger.search;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.SkuId;

import java.util.List;
import java.util.stream.Stream;

/**
 * A product as the search index stores it. SKU prices are exact decimal strings; the price range
 * is in minor units (fen, cents) as whole numbers, for range filters and sorting. Attributes are
 * {@code name:value} keywords, basic and sales alike.
 */
record ProductDocument(
        String productId,
        String sellerId,
        String type,
        String name,
        String description,
        String categoryId,
        String brandId,
        String brand,
        String status,
        String currency,
        long minPriceMinor,
        long maxPriceMinor,
        List<String> attributes,
        List<Sku> skus) {

    record Sku(String skuId, String skuName, String price, List<String> attributes) {
    }

    static ProductDocument of(ProductCreatedEvent event) {
        List<Sku> skus = event.skus().stream().map(sku -> new Sku(sku.skuId().value(), sku.skuName(),
                sku.price().amount().toPlainString(), keywords(sku.salesAttributes()))).toList();
        List<String> attributes = Stream.concat(keywords(event.basicAttributes()).stream(),
                skus.stream().flatMap(sku -> sku.attributes().stream())).distinct().toList();
        return new ProductDocument(event.productId().value(), event.sellerId(), event.type().name(), event.name(),
                event.description(), event.categoryId(), event.brandId(), event.brandName(), ProductStatus.DRAFT.name(),
                event.skus().get(0).price().currency().getCurrencyCode(), 0, 0, attributes, skus).withPriceRange();
    }

    ProductDocument withStatus(ProductStatus newStatus) {
        return new ProductDocument(productId, sellerId, type, name, description, categoryId, brandId, brand,
                newStatus.name(), currency, minPriceMinor, maxPriceMinor, attributes, skus);
    }

    ProductDocument withPrice(SkuId skuId, Money price) {
        List<Sku> repriced = skus.stream().map(sku -> sku.skuId().equals(skuId.value())
                ? new Sku(sku.skuId(), sku.skuName(), price.amount().toPlainString(), sku.attributes()) : sku).toList();
        return new ProductDocument(productId, sellerId, type, name, description, categoryId, brandId, brand, status,
                currency, minPriceMinor, maxPriceMinor, attributes, repriced).withPriceRange();
    }

    private ProductDocument withPriceRange() {
        long min = skus.stream().mapToLong(ProductDocument::minorUnits).min().orElse(0);
        long max = skus.stream().mapToLong(ProductDocument::minorUnits).max().orElse(0);
        return new ProductDocument(productId, sellerId, type, name, description, categoryId, brandId, brand, status,
                currency, min, max, attributes, skus);
    }

    private static long minorUnits(Sku sku) {
        java.math.BigDecimal price = new java.math.BigDecimal(sku.price());
        return price.movePointRight(price.scale()).longValueExact();
    }

    private static List<String> keywords(List<Attribute> attributes) {
        return attributes == null ? List.of()
                : attributes.stream().map(attribute -> attribute.attributeName() + ":" + attribute.value()).toList();
    }
}
