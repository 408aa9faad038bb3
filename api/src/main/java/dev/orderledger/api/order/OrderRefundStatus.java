package dev.orderledger.api.order;

/**
 * Where an order stands with refunds (seed {@code order_tab.refund_status}): none asked for, one under
 * way, some units refunded, or every unit refunded.
 */
public enum OrderRefundStatus {
    NONE, IN_PROGRESS, PARTLY_REFUNDED, FULLY_REFUNDED
}
