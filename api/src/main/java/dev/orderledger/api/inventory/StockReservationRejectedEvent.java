package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** Not enough units were free to hold for the order: nothing was held. {@code available} counts every bucket of the SKU. */
@Revision("1")
public record StockReservationRejectedEvent(SkuRef sku, OrderId orderId, long requested, long available, int bucket) {

    /** In the SKU's first bucket (all events recorded before buckets existed). */
    public StockReservationRejectedEvent(SkuRef sku, OrderId orderId, long requested, long available) {
        this(sku, orderId, requested, available, 0);
    }
}
