package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Everything paid was refunded. */
@Revision("1")
public record OrderClosedEvent(OrderId orderId, Instant at) {
}
