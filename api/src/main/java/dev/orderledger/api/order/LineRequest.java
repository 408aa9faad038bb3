package dev.orderledger.api.order;

import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;

/** What the buyer asks for: an item's SKU and a quantity. Prices are the ledger's business, not the client's. */
public record LineRequest(ProductId productId, SkuId skuId, int quantity) {
}
