package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Placement failed and rolled back what it took: the order is cancelled before it could be paid. */
@Revision("1")
public record OrderRejectedEvent(OrderId orderId, CancellationReason reason, String detail, Instant at) {
}
