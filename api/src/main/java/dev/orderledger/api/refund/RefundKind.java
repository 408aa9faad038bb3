package dev.orderledger.api.refund;

/** Who started a refund. */
public enum RefundKind {
    BUYER, ADMIN, FAILED_FULFILLMENT
}
