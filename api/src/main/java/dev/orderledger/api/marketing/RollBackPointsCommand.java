package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The order did not go through: its points come back. Rolling back twice changes nothing. */
public record RollBackPointsCommand(@TargetAggregateIdentifier UserId userId, OrderId orderId, Instant at) {
}
