package dev.orderledger.api.intervention;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A process was put in the manual intervention queue (or its open entry got a new reason). */
@Revision("1")
public record InterventionRaisedEvent(InterventionId interventionId, InterventionProcess process, String reference,
                                      String reason, String detail, Instant at) {
}
