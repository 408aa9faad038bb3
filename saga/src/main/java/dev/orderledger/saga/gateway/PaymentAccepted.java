package dev.orderledger.saga.gateway;

/** The gateway took the request and is working on it under this transaction (P7). */
public record PaymentAccepted(String transactionId) {
}
