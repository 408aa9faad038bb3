package dev.orderledger.app.axon;

import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;

/**
 * What an event processor does with a batch of events whose transaction failed as a whole, whatever
 * failed: a handler, a read model write the database refused (it leaves the transaction unusable,
 * the dead-letter write inside it included), Elasticsearch refusing a bulk request, a saga's store.
 * The error propagates, so the processor rolls back and handles the batch again after a pause (a
 * deadlock, a lost connection, an outage heal by themselves). After the processor's {@link Parking#attempts()}
 * failed attempts at the same batch, the batch is parked: a projection's events in its dead-letter
 * queue, a process's in the manual intervention queue. The processor then goes on with everything
 * else. A parking that fails (the database is away) is tried again at the next attempt; the count is
 * kept until the batch is parked. A processor that has neither queue keeps retrying.
 */
final class ParkAfterRetries implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ParkAfterRetries.class);

    private final Function<String, Parking> parkingOf;
    private final ProcessorFailures failures;

    ParkAfterRetries(Function<String, Parking> parkingOf, ProcessorFailures failures) {
        this.parkingOf = parkingOf;
        this.failures = failures;
    }

    /** Where a processor parks what it cannot handle. */
    interface Parking {

        /** How many failed attempts at a batch before it is parked. */
        int attempts();

        /** The queue's name, for metrics and logs. */
        String queue();

        /** Parks the failed batch; returns how many events are left parked. */
        int park(ErrorContext context, int attempts);
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        String processor = context.eventProcessor();
        Parking parking = context.failedEvents().isEmpty() ? null : parkingOf.apply(processor);
        if (parking == null) {
            throw asException(context.error());
        }
        FailedEvent first = FailedEvent.of(context.failedEvents().get(0));
        int attempt = failures.failed(processor, first, context.error());
        if (attempt < parking.attempts()) {
            log.warn("{} failed on a batch of {} events starting at {} (attempt {} of {}); it will be retried: {}",
                    processor, context.failedEvents().size(), first, attempt, parking.attempts(),
                    StorableCause.of(context.error()).message(), context.error());
            throw asException(context.error());
        }
        int parked;
        try {
            parked = parking.park(context, attempt);
        } catch (RuntimeException parkingFailed) {
            log.error("{} could not park the batch starting at {} in its {} (attempt {}); it will be tried again",
                    processor, first, parking.queue(), attempt, parkingFailed);
            throw asException(context.error());
        }
        failures.parked(processor, first, parking.queue(), parked);
    }

    private static Exception asException(Throwable error) {
        return error instanceof Exception exception ? exception : new IllegalStateException(error);
    }
}
