package dev.orderledger.api.intervention;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The intervention is settled: by an admin who handled it (with a note), or by the process whose step succeeded. */
public record ResolveInterventionCommand(@TargetAggregateIdentifier InterventionId interventionId, Actor actor, String note, Instant at) {
}
