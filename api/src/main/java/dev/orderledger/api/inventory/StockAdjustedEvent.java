package dev.orderledger.api.inventory;

import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** A counted difference was booked. */
@Revision("1")
public record StockAdjustedEvent(SkuRef sku, long delta, String reason, StockLevels levels, int bucket) implements StockMovement {

    /** In the SKU's first bucket (all events recorded before buckets existed). */
    public StockAdjustedEvent(SkuRef sku, long delta, String reason, StockLevels levels) {
        this(sku, delta, reason, levels, 0);
    }

    @Override
    public StockLevels change() {
        return new StockLevels(delta, 0, 0);
    }
}
