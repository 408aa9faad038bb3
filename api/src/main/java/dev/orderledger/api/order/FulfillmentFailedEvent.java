package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** F3: fulfillment failed. */
@Revision("1")
public record FulfillmentFailedEvent(OrderId orderId, String reason, Instant at) {
}
