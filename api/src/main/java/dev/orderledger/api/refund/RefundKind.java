package dev.orderledger.api.refund;

/**
 * Who started a refund: the buyer, an admin, the process after a failed fulfillment, or the seller
 * reporting units they cannot supply (seed 004 报缺: refunded at once, nothing comes back or goes back
 * on the shelf).
 */
public enum RefundKind {
    BUYER, ADMIN, FAILED_FULFILLMENT, SHORTAGE
}
