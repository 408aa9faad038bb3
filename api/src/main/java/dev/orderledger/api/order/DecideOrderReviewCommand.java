package dev.orderledger.api.order;

import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An admin approves an order under review (placement goes on) or rejects it (cancelled {@code RISK_CONTROL}). */
public record DecideOrderReviewCommand(@TargetAggregateIdentifier OrderId orderId, Actor actor, ReviewDecision decision,
                                       String note, Instant at) {
}
