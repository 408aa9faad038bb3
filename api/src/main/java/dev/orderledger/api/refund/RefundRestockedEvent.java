package dev.orderledger.api.refund;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The returned units are on sale again. */
@Revision("1")
public record RefundRestockedEvent(RefundId refundId, Instant at) {
}
