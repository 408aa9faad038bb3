package dev.orderledger.api.payment;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** P8: the cash arrived. */
@Revision("1")
public record PaymentSucceededEvent(PayOrderId payOrderId, String gatewayTransactionId, Money cashAmount, List<OrderId> orderIds, Instant at) {
}
