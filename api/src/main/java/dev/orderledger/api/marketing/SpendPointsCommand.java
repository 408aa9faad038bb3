package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Spends points on an order; spending again for the same order changes nothing. */
public record SpendPointsCommand(@TargetAggregateIdentifier UserId userId, OrderId orderId, long points, Instant at) {
}
