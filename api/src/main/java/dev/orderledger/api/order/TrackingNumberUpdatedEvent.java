package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The tracking number changed; the shipping version went up by one. */
@Revision("1")
public record TrackingNumberUpdatedEvent(OrderId orderId, String carrier, String trackingNumber, long shippingVersion, Instant at) {
}
