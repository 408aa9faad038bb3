package dev.orderledger.api.product;

import dev.orderledger.api.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * One variant of an item as the seller describes it: its id, name, price, the sales attributes
 * that pick it, and its presale terms when it is sold before it is in stock.
 */
public record SkuSpec(SkuId skuId, String skuName, Money price, List<Attribute> salesAttributes, PresaleTerms presale) {

    public SkuSpec {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(price, "price");
        salesAttributes = salesAttributes == null ? List.of() : List.copyOf(salesAttributes);
    }

    public SkuSpec(SkuId skuId, String skuName, Money price, List<Attribute> salesAttributes) {
        this(skuId, skuName, price, salesAttributes, null);
    }

    public SkuSpec withPrice(Money newPrice) {
        return new SkuSpec(skuId, skuName, newPrice, salesAttributes, presale);
    }
}
