package dev.orderledger.api.product;

import dev.orderledger.api.money.Money;

import java.util.List;
import java.util.Objects;

/** One variant of an item as the seller describes it: its id, name, price and the sales attributes that pick it. */
public record SkuSpec(SkuId skuId, String skuName, Money price, List<Attribute> salesAttributes) {

    public SkuSpec {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(price, "price");
        salesAttributes = salesAttributes == null ? List.of() : List.copyOf(salesAttributes);
    }
}
