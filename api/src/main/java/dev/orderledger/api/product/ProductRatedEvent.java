package dev.orderledger.api.product;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The platform recorded the item's rating (its reviews and their stars). Not part of the item's
 * content: the snapshot id stays, as the rating is the platform's measure, not what was sold.
 */
@Revision("1")
public record ProductRatedEvent(ProductId productId, UserId ratedBy, Rating rating, Instant at) {
}
