package dev.orderledger.api.inventory;

import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.Actor;

/** The seller or an admin marks a SKU hot: its stock is spread over this many buckets (never fewer than now). */
public record SetStockBucketsCommand(SkuRef sku, Actor actor, int buckets) {
}
