package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** F2: the partner is working on it. */
@Revision("1")
public record FulfillmentAcceptedEvent(OrderId orderId, String fulfillmentReference, Instant at) {
}
