package dev.orderledger.api.refund;

import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A refund was finally refused: its units and amount are refundable again (on the order's stream). */
@Revision("1")
public record RefundReleasedEvent(OrderId orderId, RefundId refundId, Instant at) {
}
