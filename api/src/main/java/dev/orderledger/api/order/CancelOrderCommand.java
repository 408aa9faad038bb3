package dev.orderledger.api.order;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Cancels an unpaid order. Buyers cancel their own (reason BUYER); admins any, with their reason. */
public record CancelOrderCommand(@TargetAggregateIdentifier OrderId orderId, Actor actor, CancellationReason reason, Instant at) {
}
