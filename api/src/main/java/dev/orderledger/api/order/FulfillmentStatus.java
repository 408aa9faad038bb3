package dev.orderledger.api.order;

/** Fulfillment of an order (DOMAIN.md F0..F5). F1 is recorded before the partner is called. */
public enum FulfillmentStatus {
    F0_NOT_STARTED, F1_PENDING, F2_PROCESSING, F3_FAILED, F4_SUCCESS, F5_CANCELLED
}
