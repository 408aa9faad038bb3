package dev.orderledger.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Returned units are back in stock. */
public record RecordRestockCommand(@TargetAggregateIdentifier RefundId refundId, Instant at) {
}
