package dev.orderledger.api.refund;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** R13. */
@Revision("1")
public record RefundMarketingRolledBackEvent(RefundId refundId, Instant at) {
}
