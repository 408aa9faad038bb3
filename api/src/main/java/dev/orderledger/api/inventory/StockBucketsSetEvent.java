package dev.orderledger.api.inventory;

import dev.orderledger.api.product.SkuRef;
import org.axonframework.serialization.Revision;

/** From now on the SKU's stock is spread over this many buckets (it only ever grows). */
@Revision("1")
public record StockBucketsSetEvent(SkuRef sku, int buckets) {
}
