package dev.orderledger.api.refund;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The goods are back with the seller. */
@Revision("1")
public record ReturnReceivedEvent(RefundId refundId, Instant at) {
}
