package dev.orderledger.api.risk;

import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An admin lifts a user's block, with a reason. */
public record UnblockUserCommand(UserId userId, Actor actor, String reason, Instant at) {

    /** The user's standing, a stream of its own ({@link Standing#streamOf}). */
    @TargetAggregateIdentifier
    public String standing() {
        return Standing.streamOf(userId);
    }
}
