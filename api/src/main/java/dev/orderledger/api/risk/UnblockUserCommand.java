package dev.orderledger.api.risk;

import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An admin lifts a user's block, with a reason. */
public record UnblockUserCommand(@TargetAggregateIdentifier UserId userId, Actor actor, String reason, Instant at) {
}
