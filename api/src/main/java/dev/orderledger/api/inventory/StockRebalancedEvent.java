package dev.orderledger.api.inventory;

import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/**
 * Free units moved into (delta &gt; 0) or out of (delta &lt; 0) one bucket of a SKU. A rebalance is
 * recorded in every bucket it touches in one transaction, and its deltas add up to zero: units are
 * never in flight between buckets.
 */
@Revision("1")
public record StockRebalancedEvent(SkuRef sku, long delta, StockLevels levels, int bucket) implements StockMovement {

    @Override
    public StockLevels change() {
        return new StockLevels(delta, 0, 0);
    }
}
