package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** An order's held units are sold. */
@Revision("1")
public record ReservedStockDeductedEvent(SkuRef sku, OrderId orderId, long quantity, StockLevels levels, int bucket) implements StockMovement {

    /** In the SKU's first bucket (all events recorded before buckets existed). */
    public ReservedStockDeductedEvent(SkuRef sku, OrderId orderId, long quantity, StockLevels levels) {
        this(sku, orderId, quantity, levels, 0);
    }

    @Override
    public StockLevels change() {
        return new StockLevels(0, -quantity, quantity);
    }
}
