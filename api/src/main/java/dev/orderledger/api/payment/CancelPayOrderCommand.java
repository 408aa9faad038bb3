package dev.orderledger.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** P10: the buyer or the ledger gave up on this payment before it completed. */
public record CancelPayOrderCommand(@TargetAggregateIdentifier PayOrderId payOrderId, String reason, Instant at) {
}
