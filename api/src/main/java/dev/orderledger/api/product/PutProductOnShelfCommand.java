package dev.orderledger.api.product;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The item's seller (or an admin) makes it orderable and searchable. */
public record PutProductOnShelfCommand(@TargetAggregateIdentifier ProductId productId, Actor actor) {
}
