package dev.orderledger.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Nobody confirmed receipt within the window after delivery: the ledger completes the order. */
public record AutoConfirmReceiptCommand(@TargetAggregateIdentifier OrderId orderId, Instant at) {
}
