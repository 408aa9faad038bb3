package dev.orderledger.api.refund;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A refund exists and awaits the seller's decision. */
@Revision("1")
public record RefundOpenedEvent(String refundId, OrderId orderId, String buyerId, String sellerId, RefundKind kind, boolean returnRequired, List<RefundLine> lines, Money amount, String reason, Instant at) {
}
