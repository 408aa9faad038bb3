package dev.orderledger.api.intervention;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An admin asks the stuck process to try its failed step again. Only an open intervention can be retried. */
public record RetryInterventionCommand(@TargetAggregateIdentifier InterventionId interventionId, Actor actor, Instant at) {
}
