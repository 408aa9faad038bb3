package dev.orderledger.api.order;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;

/**
 * One line of an order as it was sold: the item's snapshot id, the unit price at placement, the
 * discount allocated to this line and what the line costs after it.
 */
public record OrderLine(
        int lineNo,
        ProductId productId,
        SkuId skuId,
        String snapshotId,
        String productName,
        int quantity,
        Money unitPrice,
        Money discount,
        Money lineTotal) {
}
