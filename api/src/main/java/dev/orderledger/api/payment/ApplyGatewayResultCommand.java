package dev.orderledger.api.payment;

import dev.orderledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The gateway's verdict on a transaction (a callback or a status query). Applied once per transaction. */
public record ApplyGatewayResultCommand(@TargetAggregateIdentifier PayOrderId payOrderId, String gatewayTransactionId, boolean succeeded, Money amount, String reason, Instant at) {
}
