package dev.orderledger.api.order;

/**
 * The order state machine of DOMAIN.md. A presale order passes DEPOSIT_PAID between
 * PENDING_PAYMENT (the deposit is due) and PAID (the balance was paid in its window).
 */
public enum OrderStatus {
    CREATED, PENDING_PAYMENT, DEPOSIT_PAID, PAID, FULFILLING, COMPLETED, CANCELLED, CLOSED;

    /** Unpaid orders are the only ones that can still be cancelled. */
    public boolean isCancellable() {
        return this == CREATED || this == PENDING_PAYMENT;
    }
}
