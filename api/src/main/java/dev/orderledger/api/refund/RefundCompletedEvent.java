package dev.orderledger.api.refund;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The refund is done. */
@Revision("1")
public record RefundCompletedEvent(RefundId refundId, OrderId orderId, Money amount, Instant at) {
}
