package dev.orderledger.api.inventory;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives an order's held units back (cancelled, unpaid, refused); releasing what is not held changes nothing. */
public record ReleaseStockReservationCommand(SkuRef sku, OrderId orderId, ReleaseReason reason, int bucket) {

    /** For a SKU that was never split (its first bucket). */
    public ReleaseStockReservationCommand(SkuRef sku, OrderId orderId, ReleaseReason reason) {
        this(sku, orderId, reason, 0);
    }

    /** The stream of the bucket that holds the order's units. */
    @TargetAggregateIdentifier
    public String stream() {
        return new StockBucket(sku, bucket).toString();
    }
}
