package dev.orderledger.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/** A brand of the catalogue: a chosen name or the seeds' numbering. In JSON, the plain string. */
public record BrandId(@JsonValue String value) {

    public BrandId {
        Identifiers.require(value, Identifiers.NAME, "BrandId");
    }

    @JsonCreator
    public static BrandId of(String value) {
        return new BrandId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
