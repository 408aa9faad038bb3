package dev.orderledger.api.intervention;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The intervention is closed. */
@Revision("1")
public record InterventionResolvedEvent(InterventionId interventionId, InterventionProcess process, String reference,
                                        UserId resolvedBy, String note, Instant at) {
}
