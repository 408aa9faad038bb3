package dev.orderledger.app.operations;

import java.time.Instant;

/**
 * One event a projection could not handle, parked with the events of the same aggregate that came
 * after it. {@code eventId} identifies the letter; {@code cause} is what the handler threw.
 */
public record DeadLetterView(String eventId, String eventType, String aggregateId, Long aggregateSequence,
                             Instant eventTimestamp, Instant enqueuedAt, Instant lastTouched, String causeType,
                             String cause) {
}
