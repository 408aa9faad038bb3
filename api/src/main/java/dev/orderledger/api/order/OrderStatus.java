package dev.orderledger.api.order;

/**
 * The order state machine of DOMAIN.md. A presale order passes DEPOSIT_PAID between
 * PENDING_PAYMENT (the deposit is due) and PAID (the balance was paid in its window). An order that
 * review rules stop waits UNDER_REVIEW between CREATED and PENDING_PAYMENT, until a person (or its
 * default decision) approves or rejects it; its buyer is told it is awaiting confirmation.
 */
public enum OrderStatus {
    CREATED, UNDER_REVIEW, PENDING_PAYMENT, DEPOSIT_PAID, PAID, FULFILLING, COMPLETED, CANCELLED, CLOSED;

    /** Unpaid orders are the only ones that can still be cancelled. */
    public boolean isCancellable() {
        return this == CREATED || this == UNDER_REVIEW || this == PENDING_PAYMENT;
    }
}
