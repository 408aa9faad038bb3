package dev.orderledger.api.order;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The buyer confirms receipt, completing the order. */
public record ConfirmReceiptCommand(@TargetAggregateIdentifier OrderId orderId, Actor actor, Instant at) {
}
