package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A return reached the buyer. */
@Revision("1")
public record PaymentReturnedEvent(PayOrderId payOrderId, ReturnId returnId, String gatewayReference, Instant at) {
}
