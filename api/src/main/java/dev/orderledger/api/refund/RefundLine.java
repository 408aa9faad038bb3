package dev.orderledger.api.refund;

import dev.orderledger.api.money.Money;

/** Units of one order line being refunded, and what they cost after discounts. */
public record RefundLine(int lineNo, int quantity, Money amount) {
}
