package dev.orderledger.command.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderStatus;

/** An order as a payment sees it: whose it is, where it stands, and what it costs after discounts. */
public record PayableOrder(OrderId orderId, UserId buyerId, OrderStatus status, Money payable) {
}
