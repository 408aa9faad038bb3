package dev.orderledger.command.intervention;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionRaisedEvent;
import dev.orderledger.api.intervention.InterventionResolvedEvent;
import dev.orderledger.api.intervention.InterventionRetryRequestedEvent;
import dev.orderledger.api.intervention.InterventionStatus;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.api.intervention.ResolveInterventionCommand;
import dev.orderledger.api.intervention.RetryInterventionCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One entry of the manual intervention queue, one per stuck process instance: OPEN → RETRY_REQUESTED
 * (by an admin; the process tries again) → RESOLVED (by an admin with a note, or by the ledger when
 * the process succeeded). A process that gets stuck again raises the same entry again: a resolved
 * entry reopens, an entry waiting for a retry goes back to OPEN (the retry did not help), an OPEN
 * entry only takes a new reason.
 */
@Aggregate(cache = "aggregateCache")
class Intervention {

    @AggregateIdentifier
    private InterventionId interventionId;
    private InterventionProcess process;
    private String reference;
    private String reason;
    private InterventionStatus status;

    Intervention() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RaiseInterventionCommand command) {
        if (status == InterventionStatus.OPEN && Objects.equals(reason, command.reason())) {
            return;
        }
        apply(new InterventionRaisedEvent(command.interventionId(), command.process(), command.reference(),
                command.reason(), command.detail(), command.at()));
    }

    @CommandHandler
    void handle(RetryInterventionCommand command) {
        if (!command.actor().isAdmin()) {
            throw new ResourceNotFound("no intervention " + interventionId);
        }
        requireStatus(InterventionStatus.OPEN, InterventionStatus.RETRY_REQUESTED);
        apply(new InterventionRetryRequestedEvent(interventionId, process, reference, reason,
                command.actor().userId(), command.at()));
    }

    /** Admins resolve by hand; the ledger ({@code Actor.system()}, an admin too) when the process succeeded. */
    @CommandHandler
    void handle(ResolveInterventionCommand command) {
        if (!command.actor().isAdmin()) {
            throw new ResourceNotFound("no intervention " + interventionId);
        }
        if (status == InterventionStatus.RESOLVED) {
            return;
        }
        apply(new InterventionResolvedEvent(interventionId, process, reference, command.actor().userId(),
                command.note(), command.at()));
    }

    @EventSourcingHandler
    void on(InterventionRaisedEvent event) {
        interventionId = event.interventionId();
        process = event.process();
        reference = event.reference();
        reason = event.reason();
        status = InterventionStatus.OPEN;
    }

    @EventSourcingHandler
    void on(InterventionRetryRequestedEvent event) {
        status = InterventionStatus.RETRY_REQUESTED;
    }

    @EventSourcingHandler
    void on(InterventionResolvedEvent event) {
        status = InterventionStatus.RESOLVED;
    }

    private void requireStatus(InterventionStatus... allowed) {
        StateConflict.requireIn(status, "intervention " + interventionId, allowed);
    }
}
