package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Credits points to a buyer; the reference (an order, a campaign) makes it happen once. */
public record EarnPointsCommand(@TargetAggregateIdentifier UserId userId, long points, String reference, Instant at) {
}
