package dev.orderledger.api.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies a variant (SKU) within its item. */
public record SkuId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public SkuId {
        Objects.requireNonNull(value, "SkuId");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid SkuId: " + value);
        }
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
