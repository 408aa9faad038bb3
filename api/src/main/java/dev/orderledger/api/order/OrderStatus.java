package dev.orderledger.api.order;

/** The order state machine of DOMAIN.md. */
public enum OrderStatus {
    CREATED, PENDING_PAYMENT, PAID, FULFILLING, COMPLETED, CANCELLED, CLOSED;

    /** Unpaid orders are the only ones that can still be cancelled. */
    public boolean isCancellable() {
        return this == CREATED || this == PENDING_PAYMENT;
    }
}
