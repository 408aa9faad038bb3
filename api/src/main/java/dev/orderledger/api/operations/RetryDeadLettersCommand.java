package dev.orderledger.api.operations;

import dev.orderledger.api.security.Actor;

/**
 * An admin hands parked events of a projection to it again: the sequence holding the event {@code eventId},
 * or every parked sequence when it is null, each from its first event; answered with a {@link RetryOutcome}.
 * A sequence whose first event fails again stays parked with its new cause; an unknown letter is not found.
 */
public record RetryDeadLettersCommand(String projection, String eventId, Actor actor) {

    /** Every parked sequence of the projection. */
    public static RetryDeadLettersCommand all(String projection, Actor actor) {
        return new RetryDeadLettersCommand(projection, null, actor);
    }
}
