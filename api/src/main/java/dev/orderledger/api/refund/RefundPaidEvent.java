package dev.orderledger.api.refund;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** R10: the money went back to the buyer. */
@Revision("1")
public record RefundPaidEvent(RefundId refundId, OrderId orderId, Money amount, String gatewayReference, Instant at) {
}
