package dev.orderledger.api.intervention;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The process named by {@code reference} should try its failed step again; it stays open until that works. */
@Revision("1")
public record InterventionRetryRequestedEvent(InterventionId interventionId, InterventionProcess process, String reference,
                                              String reason, UserId requestedBy, Instant at) {
}
