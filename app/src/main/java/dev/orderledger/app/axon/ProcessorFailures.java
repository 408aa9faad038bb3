package dev.orderledger.app.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many times each event processor has failed on the batch it is stuck at, and what it parked.
 * The count of a batch is kept under the processor and the batch's first event, which stays the same
 * across the processor's retries (it rolls back and starts again from its stored token), and is only
 * forgotten once the batch is parked; it lives in memory, so a restart gives a stuck batch its
 * attempts again. Metrics: {@code ledger.events.failed} (failed attempts) and
 * {@code ledger.events.parked} (events parked, by queue: dead letters or interventions).
 */
@Component
public class ProcessorFailures {

    /** The key of a dead letter's diagnostics that holds how many attempts failed before it was parked. */
    public static final String ATTEMPTS_DIAGNOSTIC = "attempts";
    private static final int REMEMBERED = 1_000;

    private final MeterRegistry meters;
    private final Map<String, Failing> byBatch = new ConcurrentHashMap<>();
    private final Map<String, Failing> latest = new ConcurrentHashMap<>();

    ProcessorFailures(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A batch failing now: its first event, how many times it failed, and the last cause (cleaned). */
    public record Failing(FailedEvent event, int attempts, String cause) {
    }

    /** Records one more failure of the batch starting at this event; returns how many there have been. */
    int failed(String processor, FailedEvent first, Throwable error) {
        if (byBatch.size() > REMEMBERED) {
            byBatch.clear();
        }
        Failing failing = byBatch.compute(processor + "/" + first.eventId(), (key, before) -> new Failing(first,
                before == null ? 1 : before.attempts() + 1, StorableCause.of(error).message()));
        latest.put(processor, failing);
        Counter.builder("ledger.events.failed").description("Failed attempts of an event processor at a batch of events")
                .tag("processor", processor).register(meters).increment();
        return failing.attempts();
    }

    /** The batch starting at this event was parked: these many events went to this queue. */
    void parked(String processor, FailedEvent first, String queue, int events) {
        byBatch.remove(processor + "/" + first.eventId());
        latest.remove(processor);
        Counter.builder("ledger.events.parked").description("Events an event processor gave up on and parked")
                .tag("processor", processor).tag("queue", queue).register(meters).increment(events);
    }

    /** The batch the processor last failed on and has not parked yet; whether it still fails, its status says. */
    public Optional<Failing> failing(String processor) {
        return Optional.ofNullable(latest.get(processor));
    }
}
