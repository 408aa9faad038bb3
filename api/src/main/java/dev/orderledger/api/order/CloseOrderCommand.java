package dev.orderledger.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Everything paid was refunded: the order is closed. */
public record CloseOrderCommand(@TargetAggregateIdentifier OrderId orderId, Instant at) {
}
