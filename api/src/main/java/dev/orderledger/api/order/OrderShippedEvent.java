package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The parcel left with a carrier; shipping version 1. */
@Revision("1")
public record OrderShippedEvent(OrderId orderId, String carrier, String trackingNumber, long shippingVersion, Instant at) {
}
