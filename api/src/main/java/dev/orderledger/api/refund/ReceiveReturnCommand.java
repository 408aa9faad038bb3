package dev.orderledger.api.refund;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The seller got the goods back, or they never arrived (R7). */
public record ReceiveReturnCommand(@TargetAggregateIdentifier RefundId refundId, Actor actor, boolean received, String reason, Instant at) {
}
