package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives an order's held units back (cancelled, unpaid, refused); releasing what is not held changes nothing. */
public record ReleaseStockReservationCommand(@TargetAggregateIdentifier SkuRef sku, OrderId orderId, ReleaseReason reason) {
}
