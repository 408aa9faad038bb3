package dev.orderledger.api.risk;

import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An admin blocks a user, with a reason; blocking a blocked user again changes nothing. */
public record BlockUserCommand(UserId userId, Actor actor, String reason, Instant at) {

    /** The user's standing, a stream of its own ({@link Standing#streamOf}). */
    @TargetAggregateIdentifier
    public String standing() {
        return Standing.streamOf(userId);
    }
}
