package dev.orderledger.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Placement could not take what the order needs (stock, coupon, points): the order is rejected, with why. */
public record RejectOrderCommand(@TargetAggregateIdentifier OrderId orderId, CancellationReason reason, String detail, Instant at) {
}
