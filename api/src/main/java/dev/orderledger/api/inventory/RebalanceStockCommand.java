package dev.orderledger.api.inventory;

import dev.orderledger.api.product.SkuRef;

/** Spreads a SKU's free units evenly over its buckets (an admin's hand; placement also does it when a bucket runs dry). */
public record RebalanceStockCommand(SkuRef sku) {
}
