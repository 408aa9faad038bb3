package dev.orderledger.api.refund;

/**
 * The return-and-refund state machine of DOMAIN.md. A refund without a return skips the return
 * steps. R7, R11 and R14 are the failures that need a person (the manual intervention queue).
 */
public enum RefundStatus {
    REQUESTED, APPROVED, REJECTED, RETURN_SHIPPED, RETURN_RECEIVED, R7_RETURN_FAILED,
    R13_MARKETING_ROLLED_BACK, R14_MARKETING_ROLLBACK_FAILED, R10_REFUNDED, R11_REFUND_FAILED, RESTOCKED,
    COMPLETED, CLOSED
}
