package dev.orderledger.api.risk;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An admin replaces the review rules; they apply to the orders placed from then on. */
public record ChangeReviewRulesCommand(ReviewRules rules, Actor actor, Instant at) {

    @TargetAggregateIdentifier
    public String rulesId() {
        return ReviewRules.ID;
    }
}
