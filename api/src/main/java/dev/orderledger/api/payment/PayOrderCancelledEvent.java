package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** P10. */
@Revision("1")
public record PayOrderCancelledEvent(PayOrderId payOrderId, String reason, Instant at) {
}
