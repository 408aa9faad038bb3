package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Points were spent on an order. */
@Revision("1")
public record PointsSpentEvent(UserId userId, OrderId orderId, long points, long balance, Instant at) {
}
