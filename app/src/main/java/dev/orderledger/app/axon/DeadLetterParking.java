package dev.orderledger.app.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A projection parks a failed batch in its dead-letter queue, in a transaction of its own (the batch's
 * is unusable), with a cause the table can keep ({@link StorableCause}) and the number of attempts in
 * the letter's diagnostics. The events of the same aggregate that follow queue up behind it, while every
 * other aggregate's events go on. A batch usually fails because of one event in it, and its cause is
 * often a consequence ("current transaction is aborted"): each parked aggregate is handed back at once
 * on its own ({@link DeadLetterRetry}), so the others go through and the culprit stays parked with its
 * own cause, which is logged with the event.
 */
final class DeadLetterParking implements ParkAfterRetries.Parking {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(DeadLetterParking.class);

    private final String projection;
    private final EventProcessingConfiguration processing;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final TransactionManager transactions;

    DeadLetterParking(String projection, EventProcessingConfiguration processing,
                      SequencedDeadLetterQueue<EventMessage<?>> queue, TransactionManager transactions) {
        this.projection = projection;
        this.processing = processing;
        this.queue = queue;
        this.transactions = transactions;
    }

    @Override
    public int attempts() {
        return ATTEMPTS;
    }

    @Override
    public String queue() {
        return "dead-letters";
    }

    @Override
    public int park(ErrorContext context, int attempts) {
        SequencingPolicy<? super EventMessage<?>> sequencing = processing.sequencingPolicy(projection);
        ThrowableCause cause = StorableCause.of(context.error());
        MetaData diagnostics = MetaData.with(ProcessorFailures.ATTEMPTS_DIAGNOSTIC, attempts);
        Map<Object, EventMessage<?>> firstOfEachSequence = new LinkedHashMap<>();
        Map<Object, Integer> eventsOfEachSequence = new LinkedHashMap<>();
        transactions.executeInTransaction(() -> {
            for (EventMessage<?> event : context.failedEvents()) {
                Object sequence = Optional.ofNullable(sequencing.getSequenceIdentifierFor(event)).orElse(event.getIdentifier());
                queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event, cause).withDiagnostics(diagnostics));
                firstOfEachSequence.putIfAbsent(sequence, event);
                eventsOfEachSequence.merge(sequence, 1, Integer::sum);
            }
        });
        log.warn("{} parked a batch of {} events of {} aggregates after {} failed attempts ({}); each is handled "
                + "again on its own", projection, context.failedEvents().size(), firstOfEachSequence.size(), attempts,
                cause.message());
        processing.sequencedDeadLetterProcessor(projection).ifPresent(retrier -> DeadLetterRetry.sequences(projection,
                retrier, queue, firstOfEachSequence.values().stream().map(EventMessage::getIdentifier).toList()));
        return eventsOfEachSequence.entrySet().stream().filter(sequence -> queue.contains(sequence.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }
}
