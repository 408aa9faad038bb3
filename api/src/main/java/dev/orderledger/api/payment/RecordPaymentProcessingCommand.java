package dev.orderledger.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** P7: the gateway accepted and is working on this transaction. */
public record RecordPaymentProcessingCommand(@TargetAggregateIdentifier PayOrderId payOrderId, String gatewayTransactionId, Instant at) {
}
