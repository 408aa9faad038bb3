package dev.orderledger.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.InvalidValue;

/**
 * An attribute of the catalogue (basic or sales): a chosen name or the seeds' numbering. An item's
 * attributes name theirs as the seller wrote it, which the API has always taken as any text of up to
 * {@value #MAX_LENGTH} characters; stored items hold such ids, so that is what this type takes. In
 * JSON, the plain string.
 */
public record AttributeId(@JsonValue String value) {

    public static final int MAX_LENGTH = 64;

    public AttributeId {
        if (value == null || value.length() > MAX_LENGTH) {
            throw new InvalidValue("not a valid AttributeId: " + value);
        }
    }

    @JsonCreator
    public static AttributeId of(String value) {
        return new AttributeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
