package dev.orderledger.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each projection's health as metrics (on {@code /actuator/prometheus}): {@code ledger.projection.in.error}
 * is 1 while a batch of events is failing and being retried, {@code ledger.projection.dead.letters} counts
 * the events waiting in its dead-letter queue. With {@code ledger.events.failed} and
 * {@code ledger.events.parked} (from the processors themselves) an alert sees a poison event at once.
 */
@Component
class ProjectionMetrics {

    private final ProjectionOperations projections;
    private final MeterRegistry meters;

    ProjectionMetrics(ProjectionOperations projections, MeterRegistry meters) {
        this.projections = projections;
        this.meters = meters;
    }

    /** The projections are known once the event processors have been built. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String name : projections.names()) {
            Gauge.builder("ledger.projection.in.error", projections, operations -> operations.inError(name) ? 1 : 0)
                    .description("1 while the projection retries a failing batch of events").tag("projection", name)
                    .register(meters);
            Gauge.builder("ledger.projection.dead.letters", projections, operations -> operations.deadLetterCount(name))
                    .description("Events parked in the projection's dead-letter queue").tag("projection", name)
                    .register(meters);
        }
    }
}
