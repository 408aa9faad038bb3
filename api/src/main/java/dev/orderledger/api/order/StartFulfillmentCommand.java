package dev.orderledger.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records F1 before the fulfillment partner is called, so a lost reply can be recovered. */
public record StartFulfillmentCommand(@TargetAggregateIdentifier OrderId orderId, String fulfillmentReference, Instant at) {
}
