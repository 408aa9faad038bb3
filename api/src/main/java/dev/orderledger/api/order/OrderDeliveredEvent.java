package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** F4: the goods reached the buyer. */
@Revision("1")
public record OrderDeliveredEvent(OrderId orderId, Instant at) {
}
