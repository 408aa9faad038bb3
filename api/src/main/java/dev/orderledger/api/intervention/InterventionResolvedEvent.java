package dev.orderledger.api.intervention;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The intervention is closed. */
@Revision("1")
public record InterventionResolvedEvent(InterventionId interventionId, InterventionProcess process, String reference,
                                        String resolvedBy, String note, Instant at) {
}
