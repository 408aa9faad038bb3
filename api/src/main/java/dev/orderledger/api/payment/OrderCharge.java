package dev.orderledger.api.payment;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;

/** What one order of a pay order is charged (the amount that marks that order paid), and where that money comes from. */
public record OrderCharge(OrderId orderId, Money amount, Funding funding) {
}
