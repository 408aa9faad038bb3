package dev.orderledger.api.product;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The seller (or an admin) replaces how the item is shown: images, tags, promotion text, release date. */
public record ChangeProductPresentationCommand(@TargetAggregateIdentifier ProductId productId, Actor actor,
                                               ProductPresentation presentation, Instant at) {
}
