package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** P11. */
@Revision("1")
public record PayOrderTimedOutEvent(PayOrderId payOrderId, Instant at) {
}
