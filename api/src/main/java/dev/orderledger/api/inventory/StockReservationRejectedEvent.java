package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** Not enough units were free to hold for the order: nothing was held. */
@Revision("1")
public record StockReservationRejectedEvent(SkuRef sku, OrderId orderId, long requested, long available) {
}
