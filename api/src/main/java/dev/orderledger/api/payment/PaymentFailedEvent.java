package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** P9: the gateway declined. */
@Revision("1")
public record PaymentFailedEvent(PayOrderId payOrderId, String gatewayTransactionId, String reason, Instant at) {
}
