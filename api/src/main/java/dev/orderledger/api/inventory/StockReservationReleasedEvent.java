package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** An order's held units are free again. */
@Revision("1")
public record StockReservationReleasedEvent(SkuRef sku, OrderId orderId, long quantity, ReleaseReason reason, StockLevels levels, int bucket) implements StockMovement {

    /** In the SKU's first bucket (all events recorded before buckets existed). */
    public StockReservationReleasedEvent(SkuRef sku, OrderId orderId, long quantity, ReleaseReason reason, StockLevels levels) {
        this(sku, orderId, quantity, reason, levels, 0);
    }

    @Override
    public StockLevels change() {
        return new StockLevels(quantity, -quantity, 0);
    }
}
