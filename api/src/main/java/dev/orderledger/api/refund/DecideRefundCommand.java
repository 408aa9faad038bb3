package dev.orderledger.api.refund;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The seller (or an admin) approves or rejects a requested refund; a rejection goes to arbitration. */
public record DecideRefundCommand(@TargetAggregateIdentifier RefundId refundId, Actor actor, boolean approve, String reason, Instant at) {
}
