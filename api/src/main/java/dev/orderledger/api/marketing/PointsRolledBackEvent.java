package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An order's points came back. */
@Revision("1")
public record PointsRolledBackEvent(UserId userId, OrderId orderId, long points, long balance, Instant at) {
}
