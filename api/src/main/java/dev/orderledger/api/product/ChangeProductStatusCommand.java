package dev.orderledger.api.product;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Moves an item through its lifecycle: submit for audit, approve, reject, on or off shelf, sold out, freeze, unfreeze, delete. */
public record ChangeProductStatusCommand(@TargetAggregateIdentifier ProductId productId, Actor actor, ProductTransition transition, String reason, Instant at) {
}
