package dev.orderledger.saga.gateway;

/** The gateway's view of one refund (a callback, or the answer to a status query). */
public record GatewayRefund(String refundId, String reference, GatewayStatus status, String reason) {
}
