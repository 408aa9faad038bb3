package dev.orderledger.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The fulfillment partner took the order (F2). */
public record AcceptFulfillmentCommand(@TargetAggregateIdentifier OrderId orderId, String fulfillmentReference, Instant at) {
}
