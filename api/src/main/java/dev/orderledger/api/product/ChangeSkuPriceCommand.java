package dev.orderledger.api.product;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The seller changes one SKU's price; orders placed from now on pay it, and the item gets a new snapshot. */
public record ChangeSkuPriceCommand(@TargetAggregateIdentifier ProductId productId, Actor actor, SkuId skuId, Money price, Instant at) {
}
