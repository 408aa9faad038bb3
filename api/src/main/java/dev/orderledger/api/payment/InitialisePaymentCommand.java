package dev.orderledger.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** P5: the gateway is being asked to take the cash part under this request id. */
public record InitialisePaymentCommand(@TargetAggregateIdentifier PayOrderId payOrderId, String gatewayRequestId, Instant at) {
}
