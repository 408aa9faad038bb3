package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Returned units are back on the shelf; the reference (a refund) makes it happen once. */
public record RestockCommand(@TargetAggregateIdentifier SkuRef sku, OrderId orderId, long quantity, String reference) {
}
