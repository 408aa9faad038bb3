package dev.orderledger.api.inventory;

import dev.orderledger.api.product.SkuRef;

/** The stream that records into how many buckets a SKU's stock is split: {@code productId/skuId#plan}. */
public final class StockPlanId {

    private StockPlanId() {
    }

    public static String of(SkuRef sku) {
        return sku + "#plan";
    }
}
