package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An order was paid: its held units are sold; deducting twice changes nothing. */
public record DeductReservedStockCommand(@TargetAggregateIdentifier SkuRef sku, OrderId orderId) {
}
