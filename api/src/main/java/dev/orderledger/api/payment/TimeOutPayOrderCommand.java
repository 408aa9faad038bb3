package dev.orderledger.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** P11: the payment did not complete in time. */
public record TimeOutPayOrderCommand(@TargetAggregateIdentifier PayOrderId payOrderId, Instant at) {
}
