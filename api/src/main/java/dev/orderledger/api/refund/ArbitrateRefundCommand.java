package dev.orderledger.api.refund;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An admin settles a rejected refund: approved after all, or closed. */
public record ArbitrateRefundCommand(@TargetAggregateIdentifier RefundId refundId, Actor actor, boolean approve, String reason, Instant at) {
}
