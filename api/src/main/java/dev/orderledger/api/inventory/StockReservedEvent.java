package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Units are held for an unpaid order until it expires. */
@Revision("1")
public record StockReservedEvent(SkuRef sku, OrderId orderId, long quantity, Instant expiresAt, StockLevels levels, int bucket) implements StockMovement {

    /** In the SKU's first bucket (all events recorded before buckets existed). */
    public StockReservedEvent(SkuRef sku, OrderId orderId, long quantity, Instant expiresAt, StockLevels levels) {
        this(sku, orderId, quantity, expiresAt, levels, 0);
    }

    @Override
    public StockLevels change() {
        return new StockLevels(-quantity, quantity, 0);
    }
}
