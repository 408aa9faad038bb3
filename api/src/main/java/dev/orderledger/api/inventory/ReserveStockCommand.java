package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Holds units for an unpaid order until {@code expiresAt}; reserving again for the same order changes nothing. */
public record ReserveStockCommand(@TargetAggregateIdentifier SkuRef sku, OrderId orderId, long quantity, Instant expiresAt) {
}
