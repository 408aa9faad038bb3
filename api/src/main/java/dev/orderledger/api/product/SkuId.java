package dev.orderledger.api.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/** Identifies a variant (SKU) within its item. */
public record SkuId(@JsonValue String value) {

    public SkuId {
        Identifiers.require(value, Identifiers.NAME, "SkuId");
    }

    @JsonCreator
    public static SkuId of(String value) {
        return new SkuId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
