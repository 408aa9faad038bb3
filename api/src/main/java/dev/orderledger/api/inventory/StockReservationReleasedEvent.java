package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** An order's held units are free again. */
@Revision("1")
public record StockReservationReleasedEvent(SkuRef sku, OrderId orderId, long quantity, ReleaseReason reason, StockLevels levels) {
}
