package dev.orderledger.api.payment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.order.OrderId;

/**
 * One return of a pay order's money, unique within the pay order: {@code order-<orderId>} for the
 * charge of an order that refused to be paid, {@link #LATE} for the cash of a success that came after
 * the pay order was cancelled. In JSON, the plain string.
 */
public record ReturnId(@JsonValue String value) {

    /** The return of cash the gateway took after the pay order was cancelled. */
    public static final ReturnId LATE = new ReturnId("late");

    public ReturnId {
        Identifiers.require(value, Identifiers.NAME, "ReturnId");
    }

    @JsonCreator
    public static ReturnId of(String value) {
        return new ReturnId(value);
    }

    /** The return of an order's charge, when the order refused to be paid. */
    public static ReturnId ofOrder(OrderId orderId) {
        return new ReturnId("order-" + orderId);
    }

    @Override
    public String toString() {
        return value;
    }
}
