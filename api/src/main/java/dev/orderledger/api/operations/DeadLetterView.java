package dev.orderledger.api.operations;

import java.time.Instant;

/**
 * One event a projection could not handle, parked with the events of the same aggregate that came
 * after it. {@code eventId} identifies the letter; {@code cause} is what failed (cleaned of what the
 * table cannot keep, at most 1,023 characters); {@code attempts} is how many times its batch failed
 * before it was parked (absent when its handler's exception parked it at once, or when it queued up
 * behind an earlier letter of its aggregate).
 */
public record DeadLetterView(String eventId, String eventType, String aggregateId, Long aggregateSequence,
                             Instant eventTimestamp, Instant enqueuedAt, Instant lastTouched, String causeType,
                             String cause, Integer attempts) {
}
