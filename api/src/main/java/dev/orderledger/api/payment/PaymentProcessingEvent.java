package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** P7. */
@Revision("1")
public record PaymentProcessingEvent(PayOrderId payOrderId, String gatewayTransactionId, Instant at) {
}
