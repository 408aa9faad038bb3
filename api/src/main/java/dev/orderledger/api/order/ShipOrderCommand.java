package dev.orderledger.api.order;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The seller hands the parcel to a carrier. */
public record ShipOrderCommand(@TargetAggregateIdentifier OrderId orderId, Actor actor, String carrier, String trackingNumber, Instant at) {
}
