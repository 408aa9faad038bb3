package dev.orderledger.api.refund;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/**
 * A refund's id: chosen by the client as an idempotency key ({@link Identifiers#CHOSEN_NAME_REGEX}),
 * {@code refund-<uuid>} when it chose none, or {@code ff-<order id>} for a failed fulfillment. In
 * JSON, the plain string.
 */
public record RefundId(@JsonValue String value) {

    public RefundId {
        Identifiers.require(value, Identifiers.NAME, "RefundId");
    }

    @JsonCreator
    public static RefundId of(String value) {
        return new RefundId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
