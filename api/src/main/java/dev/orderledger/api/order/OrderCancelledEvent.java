package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An unpaid order was cancelled, and why. */
@Revision("1")
public record OrderCancelledEvent(OrderId orderId, CancellationReason reason, Instant cancelledAt) {
}
