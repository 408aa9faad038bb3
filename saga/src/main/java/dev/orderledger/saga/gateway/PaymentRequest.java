package dev.orderledger.saga.gateway;

import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.money.Money;

/** A payment to take: the request id is the pay order id, and the gateway takes it once. */
public record PaymentRequest(String requestId, @Amount Money amount, String description) {
}
