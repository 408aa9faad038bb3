package dev.orderledger.api.refund;

import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.money.Money;

/** Units of one order line (of this SKU) being refunded, and what they cost after discounts. */
public record RefundLine(int lineNo, SkuRef sku, int quantity, Money amount) {
}
