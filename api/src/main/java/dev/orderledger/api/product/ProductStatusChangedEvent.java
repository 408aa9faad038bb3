package dev.orderledger.api.product;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.security.Actor;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The item's lifecycle moved on. */
@Revision("1")
public record ProductStatusChangedEvent(ProductId productId, UserId sellerId, ProductStatus from, ProductStatus to, ProductTransition transition, String reason, Instant at) {
}
