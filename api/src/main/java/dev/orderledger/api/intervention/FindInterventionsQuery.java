package dev.orderledger.api.intervention;

/**
 * Asks for a page of the queue, the latest raised first, answered with an {@link InterventionPage}.
 * A null status or process does not filter; OPEN means every intervention not yet resolved.
 */
public record FindInterventionsQuery(InterventionStatus status, InterventionProcess process, int page, int size) {
}
