package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** F1: fulfillment was requested under this reference, for goods going to this address (none for virtual goods). */
@Revision("1")
public record FulfillmentStartedEvent(OrderId orderId, OrderType type, String fulfillmentReference, ShippingAddress shippingAddress, Instant at) {
}
