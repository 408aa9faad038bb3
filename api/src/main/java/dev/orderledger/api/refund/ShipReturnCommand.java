package dev.orderledger.api.refund;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The buyer sent the goods back. */
public record ShipReturnCommand(@TargetAggregateIdentifier RefundId refundId, Actor actor, String carrier, String trackingNumber, Instant at) {
}
