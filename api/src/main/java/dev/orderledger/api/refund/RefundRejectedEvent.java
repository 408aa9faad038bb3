package dev.orderledger.api.refund;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The seller refused; an admin arbitrates. */
@Revision("1")
public record RefundRejectedEvent(RefundId refundId, UserId decidedBy, String reason, Instant at) {
}
