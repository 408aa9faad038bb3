package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An order was paid: its held units are sold; deducting twice changes nothing. */
public record DeductReservedStockCommand(SkuRef sku, OrderId orderId, int bucket) {

    /** For a SKU that was never split (its first bucket). */
    public DeductReservedStockCommand(SkuRef sku, OrderId orderId) {
        this(sku, orderId, 0);
    }

    /** The stream of the bucket that holds the order's units. */
    @TargetAggregateIdentifier
    public String stream() {
        return new StockBucket(sku, bucket).toString();
    }
}
