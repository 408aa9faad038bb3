package dev.orderledger.api.order;

/** Why an unpaid order was cancelled. */
public enum CancellationReason {
    BUYER, RISK_CONTROL, CUSTOMER_SERVICE, PAYMENT_TIMEOUT, STOCK_SHORTAGE,
    /** A presale order's balance was not paid in its window; the deposit is forfeited. */
    BALANCE_NOT_PAID
}
