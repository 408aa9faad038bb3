package dev.orderledger.api.refund;

import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The refund was finally refused. */
@Revision("1")
public record RefundClosedEvent(RefundId refundId, OrderId orderId, String reason, Instant at) {
}
