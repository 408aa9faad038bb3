package dev.orderledger.api.marketing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Credits points to a buyer; the reference (an order, a campaign) makes it happen once. */
public record EarnPointsCommand(@TargetAggregateIdentifier String userId, long points, String reference, Instant at) {
}
