package dev.orderledger.api.operations;

/**
 * Where one projection stands, as the node that answers sees it: running, replaying (rebuilding) or failing
 * now; the event store position (global index) it has reached and how many events it is {@code behind} the
 * head (both null while it replays or when its segments are processed elsewhere); how many events wait in
 * its dead-letter queue; and {@code heldBy}, the node processing it when that is another node (ADR 0028),
 * else null.
 */
public record ProjectionState(String name, boolean running, boolean replaying, boolean inError, Long position,
                              Long behind, long deadLetters, String heldBy) {

    /** Whether another node processes this projection: its position is known there, not here. */
    public boolean heldElsewhere() {
        return heldBy != null;
    }
}
