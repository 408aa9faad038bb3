package dev.orderledger.api.refund;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The seller refused; an admin arbitrates. */
@Revision("1")
public record RefundRejectedEvent(RefundId refundId, String decidedBy, String reason, Instant at) {
}
