package dev.orderledger.projections.order;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A row built from one aggregate's events: it remembers the sequence number of the last event it
 * applied, so that a redelivered or replayed event is recognised and skipped, and when that event
 * happened.
 */
@MappedSuperclass
abstract class SequencedView {

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** The aggregate sequence number of the last event applied: replays and redeliveries stop here. */
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    /** The event at this sequence, which happened at this time, has been applied. */
    void applied(long sequence, Instant at) {
        this.lastSequence = sequence;
        this.updatedAt = at;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
