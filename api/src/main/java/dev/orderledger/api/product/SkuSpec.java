package dev.orderledger.api.product;

import dev.orderledger.api.money.Money;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One variant of an item as the seller describes it: its id, price and the sales attributes that
 * pick it (colour, size...). Attributes are kept sorted so equal content serializes identically.
 */
public record SkuSpec(SkuId skuId, Money price, Map<String, String> salesAttributes) {

    public SkuSpec {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(price, "price");
        salesAttributes = salesAttributes == null ? Map.of() : new TreeMap<>(salesAttributes);
    }
}
