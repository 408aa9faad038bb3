package dev.orderledger.api.refund;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The refund goes ahead. */
@Revision("1")
public record RefundApprovedEvent(RefundId refundId, String decidedBy, Instant at) {
}
