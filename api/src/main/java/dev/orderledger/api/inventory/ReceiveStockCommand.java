package dev.orderledger.api.inventory;

import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Units arrive (initial stock or a delivery); creates the SKU's inventory on first use. */
public record ReceiveStockCommand(@TargetAggregateIdentifier SkuRef sku, Actor actor, long quantity, String reference) {
}
