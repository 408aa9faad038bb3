package dev.orderledger.projections.intervention;

import dev.orderledger.api.intervention.InterventionRaisedEvent;
import dev.orderledger.api.intervention.InterventionResolvedEvent;
import dev.orderledger.api.intervention.InterventionRetryRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** Builds {@link InterventionView} rows from the Intervention aggregate's events. */
@Component
@ProcessingGroup(InterventionViewProjection.PROCESSING_GROUP)
public class InterventionViewProjection {

    public static final String PROCESSING_GROUP = "intervention-views";

    private final InterventionViewRepository interventions;

    InterventionViewProjection(InterventionViewRepository interventions) {
        this.interventions = interventions;
    }

    @EventHandler
    void on(InterventionRaisedEvent event, @SequenceNumber long sequence) {
        if (!interventions.existsById(event.interventionId().value())) {
            interventions.save(new InterventionView(event.interventionId().value(), event.process(), event.reference(),
                    event.reason(), event.detail(), event.at(), sequence));
            return;
        }
        update(event.interventionId().value(), sequence,
                intervention -> intervention.raised(event.reason(), event.detail(), event.at(), sequence));
    }

    @EventHandler
    void on(InterventionRetryRequestedEvent event, @SequenceNumber long sequence) {
        update(event.interventionId().value(), sequence, intervention -> intervention.retryRequested(event.at(), sequence));
    }

    @EventHandler
    void on(InterventionResolvedEvent event, @SequenceNumber long sequence) {
        update(event.interventionId().value(), sequence,
                intervention -> intervention.resolved(event.resolvedBy().value(), event.note(), event.at(), sequence));
    }

    /** A rebuild starts from an empty queue view. */
    @ResetHandler
    void reset() {
        interventions.deleteAllInBatch();
    }

    /** Applies an event to its intervention's row once: a redelivered or replayed event is skipped. */
    private void update(String interventionId, long sequence, Consumer<InterventionView> change) {
        interventions.findById(interventionId).filter(intervention -> !intervention.hasApplied(sequence)).ifPresent(change);
    }
}
