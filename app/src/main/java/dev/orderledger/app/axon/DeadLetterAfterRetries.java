package dev.orderledger.app.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a projection does with an event whose transaction failed as a whole: a read model write the
 * database refused, which leaves the transaction unusable, so the dead-letter queue could not take the
 * event inside it. The event is handled again after the processor's pause (a deadlock, a lost
 * connection heal by themselves); after {@link #ATTEMPTS} failed attempts it is parked in the
 * projection's dead-letter queue in a transaction of its own, and the events of the same aggregate
 * that follow queue up behind it, while every other aggregate's events go on. When the batch held
 * several aggregates' events, each is tried again on its own at once, so only the culprit stays. A processor without
 * a dead-letter queue (a saga's) keeps retrying.
 */
final class DeadLetterAfterRetries implements ErrorHandler {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(DeadLetterAfterRetries.class);
    private static final int REMEMBERED_FAILURES = 1_000;

    private final Supplier<EventProcessingConfiguration> processing;
    private final Supplier<TransactionManager> transactions;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    DeadLetterAfterRetries(Supplier<EventProcessingConfiguration> processing, Supplier<TransactionManager> transactions) {
        this.processing = processing;
        this.transactions = transactions;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.get().deadLetterQueue(context.eventProcessor());
        if (queue.isEmpty() || context.failedEvents().isEmpty()) {
            throw asException(context.error());
        }
        String first = context.failedEvents().get(0).getIdentifier();
        int attempt = failures.merge(first, 1, Integer::sum);
        if (attempt < ATTEMPTS) {
            log.warn("{} failed on event {} (attempt {} of {}); it will be retried", context.eventProcessor(), first,
                    attempt, ATTEMPTS, context.error());
            throw asException(context.error());
        }
        failures.remove(first);
        if (failures.size() > REMEMBERED_FAILURES) {
            failures.clear();
        }
        Map<Object, String> firstOfEachSequence = park(context, queue.get());
        log.error("{} failed {} times on a batch starting at event {}; parked in its dead-letter queue", context.eventProcessor(),
                ATTEMPTS, first, context.error());
        retryOneByOne(context.eventProcessor(), firstOfEachSequence);
    }

    /** Parks every event of the failed batch, in a transaction of its own; returns the first event id of each sequence. */
    private Map<Object, String> park(ErrorContext context, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        SequencingPolicy<? super EventMessage<?>> sequencing = processing.get().sequencingPolicy(context.eventProcessor());
        Map<Object, String> firstOfEachSequence = new LinkedHashMap<>();
        transactions.get().executeInTransaction(() -> {
            for (EventMessage<?> event : context.failedEvents()) {
                Object sequence = Optional.ofNullable(sequencing.getSequenceIdentifierFor(event)).orElse(event.getIdentifier());
                queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event, context.error()));
                firstOfEachSequence.putIfAbsent(sequence, event.getIdentifier());
            }
        });
        return firstOfEachSequence;
    }

    /**
     * A batch fails as a whole, though usually one event in it is at fault: each parked sequence is
     * handled again at once in a transaction of its own, so the others go through and only the
     * poisoned one stays parked.
     */
    private void retryOneByOne(String processor, Map<Object, String> firstOfEachSequence) {
        if (firstOfEachSequence.size() < 2) {
            return;
        }
        processing.get().sequencedDeadLetterProcessor(processor)
                .ifPresent(retrier -> DeadLetterRetry.sequences(processor, retrier, firstOfEachSequence.values()));
    }

    private static Exception asException(Throwable error) {
        return error instanceof Exception exception ? exception : new IllegalStateException(error);
    }
}
