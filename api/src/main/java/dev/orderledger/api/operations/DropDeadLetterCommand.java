package dev.orderledger.api.operations;

import dev.orderledger.api.security.Actor;

/**
 * An admin drops one parked event of a projection, named by its event's identifier, for good: the projection
 * never applies it (until a rebuild). An unknown letter is not found.
 */
public record DropDeadLetterCommand(String projection, String eventId, Actor actor) {
}
