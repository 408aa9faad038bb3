package dev.orderledger.api.product;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The platform records the item's rating from its review system: admins only, never the seller. */
public record RateProductCommand(@TargetAggregateIdentifier ProductId productId, Actor actor, Rating rating, Instant at) {
}
