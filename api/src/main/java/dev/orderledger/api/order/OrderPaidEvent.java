package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The order was paid. */
@Revision("1")
public record OrderPaidEvent(OrderId orderId, String payOrderId, Instant paidAt) {
}
