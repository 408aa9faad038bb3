package dev.orderledger.saga;

import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.api.intervention.ResolveInterventionCommand;
import dev.orderledger.api.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Instant;

/** How processes use the manual intervention queue: one entry per process instance, raised and resolved by id. */
public final class Interventions {

    private Interventions() {
    }

    /** Puts the process in the queue (or gives its open entry a new reason); returns the entry's id. */
    public static InterventionId raise(CommandGateway commands, InterventionProcess process, String reference, String reason,
                               String detail, Instant at) {
        InterventionId id = InterventionId.of(process, reference);
        commands.sendAndWait(new RaiseInterventionCommand(id, process, reference, reason, detail, at));
        return id;
    }

    /** The process got past the step it was stuck on. */
    public static void resolve(CommandGateway commands, InterventionId interventionId, String note, Instant at) {
        commands.sendAndWait(new ResolveInterventionCommand(interventionId, Actor.system(), note, at));
    }
}
