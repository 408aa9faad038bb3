package dev.orderledger.api.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

import java.util.regex.Pattern;

/** The 19-digit order id of DOMAIN.md: seconds, machine, user and sequence. Also the placement idempotency key. */
public record OrderId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile(Identifiers.ORDER_ID_REGEX);

    public OrderId {
        Identifiers.require(value, FORMAT, "OrderId");
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
