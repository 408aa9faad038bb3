package dev.orderledger.api.refund;

import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A refund completed: its units and amount are refunded for good (on the order's stream). An order
 * closes only once every refund it set aside has finished or been released.
 */
@Revision("1")
public record RefundFinishedEvent(OrderId orderId, RefundId refundId, Instant at) {
}
