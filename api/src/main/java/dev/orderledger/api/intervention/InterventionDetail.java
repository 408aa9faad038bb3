package dev.orderledger.api.intervention;

import dev.orderledger.api.security.UserId;
import java.time.Instant;

/** The read model's view of one intervention. */
public record InterventionDetail(
        InterventionId interventionId,
        InterventionProcess process,
        String reference,
        String reason,
        String detail,
        InterventionStatus status,
        Instant raisedAt,
        Instant updatedAt,
        int timesRaised,
        int retries,
        UserId resolvedBy,
        String note) {
}
