package dev.orderledger.api.refund;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** R14: a person must give the coupon or points back. */
@Revision("1")
public record RefundMarketingRollbackFailedEvent(RefundId refundId, String reason, Instant at) {
}
