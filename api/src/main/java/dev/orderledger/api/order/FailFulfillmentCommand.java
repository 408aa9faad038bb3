package dev.orderledger.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Fulfillment failed (F3); the order will be refunded. */
public record FailFulfillmentCommand(@TargetAggregateIdentifier OrderId orderId, String reason, Instant at) {
}
