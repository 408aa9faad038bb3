package dev.orderledger.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.IllegalPayloadAccessException;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.Optional;

/**
 * Hands parked sequences back to their projection one at a time, each named by the identifier of
 * its first event. A sequence that fails again stays parked, and its first letter's cause becomes
 * this failure: when the database refused the write, the failure surfaces here (the retry's
 * transaction fails as a whole) instead of as a requeued letter, and is recorded here. Every sequence
 * left parked is logged with its event and cause.
 */
public final class DeadLetterRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetry.class);

    private DeadLetterRetry() {
    }

    /** Returns how many of the sequences went through. */
    public static int sequences(String projection, SequencedDeadLetterProcessor<EventMessage<?>> retrier,
                                SequencedDeadLetterQueue<EventMessage<?>> queue, Collection<String> firstEventIds) {
        int succeeded = 0;
        for (String first : firstEventIds) {
            try {
                if (retrier.process(letter -> letter.message().getIdentifier().equals(first))) {
                    succeeded++;
                } else {
                    firstLetter(queue, first).ifPresent(letter -> logStillParked(projection, letter,
                            letter.cause().map(Cause::message).orElse("")));
                }
            } catch (RuntimeException stillFailing) {
                ThrowableCause cause = StorableCause.of(stillFailing instanceof IllegalPayloadAccessException
                        && stillFailing.getCause() != null ? stillFailing.getCause() : stillFailing);
                firstLetter(queue, first).ifPresent(letter -> {
                    queue.requeue(letter, parked -> parked.withCause(cause));
                    logStillParked(projection, letter, cause.message());
                });
            }
        }
        return succeeded;
    }

    private static Optional<DeadLetter<? extends EventMessage<?>>> firstLetter(SequencedDeadLetterQueue<EventMessage<?>> queue,
                                                                              String firstEventId) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            DeadLetter<? extends EventMessage<?>> letter = sequence.iterator().next();
            if (letter.message().getIdentifier().equals(firstEventId)) {
                return Optional.of(letter);
            }
        }
        return Optional.empty();
    }

    private static void logStillParked(String projection, DeadLetter<? extends EventMessage<?>> letter, String cause) {
        log.error("{} parked {}: {}", projection, FailedEvent.of(letter.message()), cause);
    }
}
