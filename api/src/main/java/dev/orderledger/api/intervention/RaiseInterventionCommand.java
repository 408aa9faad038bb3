package dev.orderledger.api.intervention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A process cannot finish by itself: put it in the queue with a reason code ({@code R11_REFUND_FAILED})
 * and a sentence for the person. Raising an open intervention again only updates its reason.
 */
public record RaiseInterventionCommand(@TargetAggregateIdentifier InterventionId interventionId, InterventionProcess process,
                                       String reference, String reason, String detail, Instant at) {
}
