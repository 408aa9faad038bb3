package dev.orderledger.api.payment;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The buyer pressed pay for these orders (P1). Cash + coins + voucher must equal what the orders cost. */
public record CreatePayOrderCommand(@TargetAggregateIdentifier PayOrderId payOrderId, UserId buyerId, List<OrderId> orderIds, PaymentMethod method, Money coinAmount, Money voucherAmount, Instant at) {
}
