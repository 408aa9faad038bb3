package dev.orderledger.api.intervention;

import java.time.Instant;

/** The read model's view of one intervention. */
public record InterventionDetail(
        String interventionId,
        InterventionProcess process,
        String reference,
        String reason,
        String detail,
        InterventionStatus status,
        Instant raisedAt,
        Instant updatedAt,
        int timesRaised,
        int retries,
        String resolvedBy,
        String note) {
}
