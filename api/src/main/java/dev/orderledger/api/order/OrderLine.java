package dev.orderledger.api.order;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;

/**
 * One line of an order as it was sold: the item's snapshot id, the unit price at placement,
 * {@code lineTotal} = unit price × quantity, and the share of the order's discount allocated to
 * this line. The buyer pays {@link #payable()} for it, and that is what refunding it returns.
 */
public record OrderLine(
        int lineNo,
        ProductId productId,
        SkuId skuId,
        SnapshotId snapshotId,
        String productName,
        int quantity,
        Money unitPrice,
        Money discount,
        Money lineTotal) {

    public Money payable() {
        return lineTotal.minus(discount);
    }

    public OrderLine withDiscount(Money share) {
        return new OrderLine(lineNo, productId, skuId, snapshotId, productName, quantity, unitPrice, share, lineTotal);
    }
}
