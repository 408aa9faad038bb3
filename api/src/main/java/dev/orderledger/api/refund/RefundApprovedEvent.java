package dev.orderledger.api.refund;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The refund goes ahead. */
@Revision("1")
public record RefundApprovedEvent(RefundId refundId, UserId decidedBy, Instant at) {
}
