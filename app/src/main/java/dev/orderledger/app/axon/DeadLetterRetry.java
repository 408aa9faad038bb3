package dev.orderledger.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;

/**
 * Hands parked sequences back to their projection one at a time, each named by the identifier of
 * its first event. A sequence that fails again stays parked; when the database refused the write
 * again, the failure surfaces here instead of as a requeued letter, and is logged.
 */
public final class DeadLetterRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetry.class);

    private DeadLetterRetry() {
    }

    /** Returns how many of the sequences went through. */
    public static int sequences(String projection, SequencedDeadLetterProcessor<EventMessage<?>> retrier,
                                Collection<String> firstEventIds) {
        int succeeded = 0;
        for (String first : firstEventIds) {
            try {
                if (retrier.process(letter -> letter.message().getIdentifier().equals(first))) {
                    succeeded++;
                }
            } catch (RuntimeException stillFailing) {
                log.warn("{}: the parked sequence starting at event {} failed again: {}", projection, first,
                        stillFailing.toString());
            }
        }
        return succeeded;
    }
}
