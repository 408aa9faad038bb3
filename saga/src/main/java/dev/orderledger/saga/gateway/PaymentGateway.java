package dev.orderledger.saga.gateway;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The payment partner, as the ledger sees it. Requests are idempotent on their ids (the gateway
 * answers a repeated request with what it did the first time). A future that completes
 * exceptionally with {@link PartnerUnavailable} means the answer is unknown (timeout, lost reply,
 * 5xx): the request may or may not have been taken, and only a status query can tell.
 */
public interface PaymentGateway {

    /** Asks the gateway to take a payment; completes with its transaction, or {@link PaymentDeclined}. */
    CompletableFuture<PaymentAccepted> requestPayment(PaymentRequest request);

    /** What the gateway knows of a payment; empty when it never heard of the request id. */
    Optional<GatewayPayment> findPayment(String requestId);

    /** Asks the gateway to pay money back to the buyer; the outcome arrives by callback or by {@link #findRefund}. */
    CompletableFuture<RefundAccepted> requestRefund(RefundRequest request);

    /** What the gateway knows of a refund; empty when it never heard of the refund id. */
    Optional<GatewayRefund> findRefund(String refundId);
}
