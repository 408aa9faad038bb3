package dev.orderledger.saga.gateway;

/** The gateway took the refund and will report its outcome. */
public record RefundAccepted(String refundId) {
}
