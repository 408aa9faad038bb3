package dev.orderledger.api.inventory;

import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A stock count found a difference; the delta may be negative but never below what is free. */
public record AdjustStockCommand(@TargetAggregateIdentifier SkuRef sku, Actor actor, long delta, String reason) {
}
