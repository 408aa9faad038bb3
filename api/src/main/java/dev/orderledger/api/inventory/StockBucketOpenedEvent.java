package dev.orderledger.api.inventory;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** A new, empty bucket of a SKU's stock: the first event of its stream. Units reach it by a rebalance or a receipt. */
@Revision("1")
public record StockBucketOpenedEvent(SkuRef sku, UserId sellerId, int bucket) {
}
