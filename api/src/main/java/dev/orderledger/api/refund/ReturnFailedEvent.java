package dev.orderledger.api.refund;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** R7: the return did not arrive; a person must decide. */
@Revision("1")
public record ReturnFailedEvent(RefundId refundId, String reason, Instant at) {
}
