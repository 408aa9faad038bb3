package dev.orderledger.app.operations;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.operations.DeadLetterView;
import dev.orderledger.api.operations.RetryOutcome;
import dev.orderledger.app.axon.DeadLetterRetry;
import dev.orderledger.app.axon.EventPositions;
import dev.orderledger.app.axon.ProcessorFailures;
import dev.orderledger.app.cluster.ClusterStatus;
import dev.orderledger.app.cluster.SegmentClaims;
import dev.orderledger.query.consistency.ProjectionProgress;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.stream.StreamSupport;

/**
 * The projections of this ledger (the streaming processing groups with a dead-letter queue: the
 * read models and the search index) and what an operator can do with them. A dead letter is named
 * by the identifier of its event.
 */
@Component
public class ProjectionOperations {

    private final EventProcessingConfiguration processing;
    private final ProjectionProgress progress;
    private final EventPositions positions;
    private final ProcessorFailures failures;
    private final SegmentClaims claims;

    ProjectionOperations(EventProcessingConfiguration processing, ProjectionProgress progress,
                         EventPositions positions, ProcessorFailures failures, SegmentClaims claims) {
        this.processing = processing;
        this.progress = progress;
        this.positions = positions;
        this.failures = failures;
        this.claims = claims;
    }

    public List<String> names() {
        return processing.eventProcessors().keySet().stream()
                .filter(name -> processing.deadLetterQueue(name).isPresent())
                .sorted()
                .toList();
    }

    /** The projections a replay rebuilds (the search index has a rebuild of its own). */
    public List<String> replayableNames() {
        return names().stream().filter(name -> processor(name).supportsReset()).toList();
    }

    public ProjectionStatus status(String name) {
        processor(name);
        return status(name, head(), claims.now());
    }

    /** Every projection's status, against one reading of the store's head and of the cluster's claims. */
    public List<ProjectionStatus> statuses() {
        long head = head();
        ClusterStatus cluster = claims.now();
        return names().stream().map(name -> status(name, head, cluster)).toList();
    }

    private ProjectionStatus status(String name, long head, ClusterStatus cluster) {
        StreamingEventProcessor processor = processor(name);
        OptionalLong position = progress.position(name);
        boolean inError = inError(name);
        return new ProjectionStatus(name, processor.isRunning(), replaying(name, processor, () -> head), inError,
                position.isPresent() ? position.getAsLong() : null, head,
                position.isPresent() ? Math.max(0, head - position.getAsLong()) : null, deadLetterCount(name),
                inError ? failures.failing(name).orElse(null) : null, heldElsewhere(name, processor, cluster));
    }

    /**
     * The node processing the projection when no segment of it is processed here and another live node claims
     * one (ADR 0028): its position and lag are known there. Null when it is processed here or by nobody yet.
     */
    private static String heldElsewhere(String name, StreamingEventProcessor processor, ClusterStatus cluster) {
        if (!processor.processingStatus().isEmpty()) {
            return null;
        }
        return cluster.claims().stream().filter(claim -> claim.processor().equals(name)).map(ClusterStatus.Claim::owner)
                .filter(Objects::nonNull).filter(owner -> !owner.equals(cluster.self())).findFirst().orElse(null);
    }

    /**
     * Whether the projection is failing now: the processor stopped on an error, or one of its
     * segments is retrying a batch that failed (until it goes through or is parked).
     */
    public boolean inError(String name) {
        StreamingEventProcessor processor = processor(name);
        return processor.isError() || processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    /** The first {@code limit} dead letters, sequence by sequence, oldest first within each. */
    public List<DeadLetterView> deadLetters(String name, int limit) {
        List<DeadLetterView> letters = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(name).deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letters.size() == limit) {
                    return letters;
                }
                letters.add(view(letter));
            }
        }
        return letters;
    }

    /**
     * Hands every parked sequence to the projection again, one at a time, from its first event; a
     * sequence whose first event fails again stays parked with its new cause.
     */
    public RetryOutcome retryDeadLetters(String name) {
        List<String> firstOfEachSequence = StreamSupport.stream(queue(name).deadLetters().spliterator(), false)
                .map(sequence -> sequence.iterator().next().message().getIdentifier())
                .toList();
        return retry(name, firstOfEachSequence);
    }

    /**
     * Hands the parked sequence holding this event to the projection again, from its first event (the
     * events after it wait for it); it stays parked with its new cause if it fails again.
     */
    public RetryOutcome retryDeadLetter(String name, String eventId) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(name).deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    return retry(name, List.of(sequence.iterator().next().message().getIdentifier()));
                }
            }
        }
        throw new ResourceNotFound("no dead letter " + eventId + " in " + name);
    }

    private RetryOutcome retry(String name, List<String> firstEventIds) {
        var retrier = processing.sequencedDeadLetterProcessor(name).orElseThrow(() -> notAProjection(name));
        int succeeded = DeadLetterRetry.sequences(name, retrier, queue(name), firstEventIds);
        return new RetryOutcome(firstEventIds.size(), succeeded, queue(name).size());
    }

    /** Drops one parked event for good: the projection will never apply it (until a rebuild). */
    public void dropDeadLetter(String name, String eventId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(name);
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    queue.evict(letter);
                    return;
                }
            }
        }
        throw new ResourceNotFound("no dead letter " + eventId + " in " + name);
    }

    /**
     * Rebuilds a projection from the first event: stops it, lets its reset handlers clear its read model
     * and moves its token to the start (one transaction), forgets its dead letters, and starts it again.
     * It then replays in the background; {@link #status} shows how far. With several nodes, the node that
     * holds the projection's segments rebuilds it: another node cannot move tokens it does not hold, and
     * changes nothing (409 {@code HELD_BY_ANOTHER_NODE}; {@code GET /api/admin/cluster} names the holder).
     */
    public ProjectionStatus rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new StateConflict("NOT_REPLAYABLE", name + " is not rebuilt by a replay in place: it is never replayed "
                    + "(notifications), or has a rebuild of its own (the search index: POST /api/admin/search/rebuild)");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
            queue(name).clear();
        } catch (UnableToClaimTokenException heldElsewhere) {
            throw new StateConflict("HELD_BY_ANOTHER_NODE", "another node processes " + name
                    + ": rebuild it there (GET /api/admin/cluster names the node holding each segment)");
        } finally {
            processor.start();
        }
        return status(name);
    }

    /** Whether the projection has finished replaying and processed everything up to this position. */
    public boolean isCaughtUp(String name, long position) {
        return progress.hasProcessed(name, position) && !replaying(name, processor(name), this::head);
    }

    /**
     * The lowest position a processing group (a projection or a saga) has reached here; empty before all
     * its segments started, or while it replays (by the same rule as the status).
     */
    public OptionalLong position(String group, long head) {
        return progress.processor(group).filter(processor -> !replaying(group, processor, () -> head)).isPresent()
                ? progress.position(group) : OptionalLong.empty();
    }

    /**
     * A replay is finished once the projection has processed the store's head: Axon keeps calling it a
     * replay until an event after the reset point arrives, which on a quiet store may take a long time.
     */
    private boolean replaying(String name, StreamingEventProcessor processor, LongSupplier head) {
        return processor.isReplaying() && !progress.hasProcessed(name, head.getAsLong());
    }

    public long head() {
        return positions.lastOf(List.of());
    }

    /** How many events wait in the projection's dead-letter queue. */
    public long deadLetterCount(String name) {
        return queue(name).size();
    }

    private StreamingEventProcessor processor(String name) {
        if (processing.deadLetterQueue(name).isEmpty()) {
            throw notAProjection(name);
        }
        return progress.processor(name).orElseThrow(() -> notAProjection(name));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String name) {
        return processing.deadLetterQueue(name).orElseThrow(() -> notAProjection(name));
    }

    private static ResourceNotFound notAProjection(String name) {
        return new ResourceNotFound("no projection " + name);
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long aggregateSequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        Object attempts = letter.diagnostics().get(ProcessorFailures.ATTEMPTS_DIAGNOSTIC);
        return new DeadLetterView(event.getIdentifier(), event.getPayloadType().getName(), aggregateId,
                aggregateSequence, event.getTimestamp(), letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                attempts instanceof Number number ? number.intValue() : null);
    }
}
