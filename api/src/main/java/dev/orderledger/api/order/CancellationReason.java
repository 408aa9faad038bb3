package dev.orderledger.api.order;

/** Why an unpaid order was cancelled. */
public enum CancellationReason {
    BUYER, RISK_CONTROL, CUSTOMER_SERVICE, PAYMENT_TIMEOUT, STOCK_SHORTAGE
}
