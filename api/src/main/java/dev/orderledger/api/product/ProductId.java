package dev.orderledger.api.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies an item (SPU). Chosen by the seller or generated; letters, digits, dash and underscore. */
public record ProductId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ProductId {
        Objects.requireNonNull(value, "ProductId");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid ProductId: " + value);
        }
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
