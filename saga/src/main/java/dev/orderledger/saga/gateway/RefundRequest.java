package dev.orderledger.saga.gateway;

import dev.orderledger.api.gateway.RefundReference;
import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.money.Money;

/**
 * Money to pay back to the buyer. The refund id is the gateway's idempotency key; the reference is
 * echoed in the callback and tells the ledger what the refund is for ({@link RefundReference}).
 */
public record RefundRequest(String refundId, String reference, @Amount Money amount) {
}
