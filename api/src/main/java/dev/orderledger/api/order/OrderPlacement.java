package dev.orderledger.api.order;

/** The answer to {@link PlaceOrderCommand}: the order, and whether this command created it. */
public record OrderPlacement(OrderId orderId, boolean created) {
}
