package dev.orderledger.api.payment;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A pay order awaits payment (P1): its split, and the orders it pays. */
@Revision("1")
public record PayOrderCreatedEvent(PayOrderId payOrderId, UserId buyerId, List<OrderId> orderIds, List<OrderCharge> charges, PaymentMethod method, Money payAmount, Money cashAmount, Money coinAmount, Money voucherAmount, Instant at) {
}
