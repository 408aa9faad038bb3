package dev.orderledger.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/** A category of the catalogue, back-office or storefront: a chosen name or the seeds' numbering ({@code 1003001}). In JSON, the plain string. */
public record CategoryId(@JsonValue String value) {

    public CategoryId {
        Identifiers.require(value, Identifiers.NAME, "CategoryId");
    }

    @JsonCreator
    public static CategoryId of(String value) {
        return new CategoryId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
