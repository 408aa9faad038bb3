package dev.orderledger.api.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/** Identifies an item (SPU). Chosen by the seller or generated; letters, digits, dash and underscore. */
public record ProductId(@JsonValue String value) {

    public ProductId {
        Identifiers.require(value, Identifiers.NAME, "ProductId");
    }

    @JsonCreator
    public static ProductId of(String value) {
        return new ProductId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
