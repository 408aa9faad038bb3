package dev.orderledger.api.payment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/**
 * A pay order's id: chosen by the client as an idempotency key ({@link Identifiers#CHOSEN_NAME_REGEX}),
 * or {@code pay-<uuid>} when it chose none. In JSON, the plain string.
 */
public record PayOrderId(@JsonValue String value) {

    public PayOrderId {
        Identifiers.require(value, Identifiers.NAME, "PayOrderId");
    }

    @JsonCreator
    public static PayOrderId of(String value) {
        return new PayOrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
