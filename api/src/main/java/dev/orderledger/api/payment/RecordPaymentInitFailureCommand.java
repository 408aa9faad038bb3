package dev.orderledger.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** P6: the gateway refused to start the payment. */
public record RecordPaymentInitFailureCommand(@TargetAggregateIdentifier PayOrderId payOrderId, String reason, Instant at) {
}
