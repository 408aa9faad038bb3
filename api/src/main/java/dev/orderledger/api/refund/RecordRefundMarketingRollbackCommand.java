package dev.orderledger.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Coupons and points of the refunded part were given back (R13) or could not be (R14). */
public record RecordRefundMarketingRollbackCommand(@TargetAggregateIdentifier RefundId refundId, boolean succeeded, String reason, Instant at) {
}
