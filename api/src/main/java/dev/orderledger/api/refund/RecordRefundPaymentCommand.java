package dev.orderledger.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The gateway paid the money back (R10) or failed to (R11). */
public record RecordRefundPaymentCommand(@TargetAggregateIdentifier RefundId refundId, boolean succeeded, String gatewayReference, String reason, Instant at) {
}
