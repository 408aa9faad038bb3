package dev.orderledger.api.order;

/** Why an unpaid order was cancelled. */
public enum CancellationReason {
    BUYER, RISK_CONTROL, CUSTOMER_SERVICE, PAYMENT_TIMEOUT, STOCK_SHORTAGE,
    /** Placement could not redeem the coupon or spend the points the buyer asked for. */
    MARKETING_REFUSED,
    /** A presale order's balance was not paid in its window; the deposit is forfeited. */
    BALANCE_NOT_PAID,
    /** Placement refused another order of the same checkout, so the whole checkout was given up. */
    CHECKOUT_FAILED
}
