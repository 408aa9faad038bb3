package dev.orderledger.api.refund;

import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The order set aside this much of what was paid for a refund (on the order's stream), and from which sources it goes back. */
@Revision("1")
public record RefundRequestedEvent(OrderId orderId, RefundId refundId, RefundKind kind, List<RefundLine> lines, Money amount, Funding funding, Instant at) {
}
