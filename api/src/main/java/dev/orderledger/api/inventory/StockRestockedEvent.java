package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** Returned units are free to sell again. */
@Revision("1")
public record StockRestockedEvent(SkuRef sku, OrderId orderId, long quantity, String reference, StockLevels levels, int bucket) implements StockMovement {

    /** In the SKU's first bucket (all events recorded before buckets existed). */
    public StockRestockedEvent(SkuRef sku, OrderId orderId, long quantity, String reference, StockLevels levels) {
        this(sku, orderId, quantity, reference, levels, 0);
    }

    @Override
    public StockLevels change() {
        return new StockLevels(quantity, 0, -quantity);
    }
}
