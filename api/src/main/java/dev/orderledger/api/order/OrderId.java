package dev.orderledger.api.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** The 19-digit order id of DOMAIN.md: seconds, machine, user and sequence. Also the placement idempotency key. */
public record OrderId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{19}");

    public OrderId {
        Objects.requireNonNull(value, "OrderId");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid OrderId: " + value);
        }
    }

    @JsonCreator
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
