package dev.orderledger.api.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A SKU with its item: {@code productId/skuId}. Identifies the SKU's inventory. */
public record SkuRef(ProductId productId, SkuId skuId) {

    public SkuRef {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(skuId, "skuId");
    }

    @JsonCreator
    public static SkuRef parse(String value) {
        int slash = value == null ? -1 : value.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a SKU reference (productId/skuId): " + value);
        }
        return new SkuRef(ProductId.of(value.substring(0, slash)), SkuId.of(value.substring(slash + 1)));
    }

    @JsonValue
    @Override
    public String toString() {
        return productId + "/" + skuId;
    }
}
