package dev.orderledger.api.intervention;

/** Asks for one intervention of the queue, answered with an {@link InterventionDetail} when it exists. */
public record FindInterventionQuery(InterventionId interventionId) {
}
