package dev.orderledger.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Every step is done. */
public record CompleteRefundCommand(@TargetAggregateIdentifier RefundId refundId, Instant at) {
}
