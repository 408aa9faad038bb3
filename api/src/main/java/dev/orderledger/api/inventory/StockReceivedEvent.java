package dev.orderledger.api.inventory;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** Units arrived. */
@Revision("1")
public record StockReceivedEvent(SkuRef sku, UserId sellerId, long quantity, String reference, StockLevels levels, int bucket) implements StockMovement {

    /** In the SKU's first bucket (all events recorded before buckets existed). */
    public StockReceivedEvent(SkuRef sku, UserId sellerId, long quantity, String reference, StockLevels levels) {
        this(sku, sellerId, quantity, reference, levels, 0);
    }

    @Override
    public StockLevels change() {
        return new StockLevels(quantity, 0, 0);
    }
}
