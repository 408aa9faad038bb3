package dev.orderledger.api.refund;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The goods are on their way back. */
@Revision("1")
public record ReturnShippedEvent(RefundId refundId, String carrier, String trackingNumber, Instant at) {
}
