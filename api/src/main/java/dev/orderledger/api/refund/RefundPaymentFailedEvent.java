package dev.orderledger.api.refund;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** R11: a person must pay the buyer back. */
@Revision("1")
public record RefundPaymentFailedEvent(RefundId refundId, String reason, Instant at) {
}
