package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** P6. */
@Revision("1")
public record PaymentInitFailedEvent(PayOrderId payOrderId, String reason, Instant at) {
}
