package dev.orderledger.api.order;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Corrects the tracking number. Carries the shipping version the caller saw: a stale retry is refused (the seeds' ABA case). */
public record UpdateTrackingNumberCommand(@TargetAggregateIdentifier OrderId orderId, Actor actor, String carrier, String trackingNumber, long expectedVersion, Instant at) {
}
