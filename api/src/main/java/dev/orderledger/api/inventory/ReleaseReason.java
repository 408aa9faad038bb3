package dev.orderledger.api.inventory;

/** Why held units were given back. */
public enum ReleaseReason {
    /** The reservation's time ran out before payment. */
    EXPIRED,
    /** The order was cancelled. */
    ORDER_CANCELLED,
    /** Placement failed at a later step and rolled back. */
    PLACEMENT_FAILED,
    /** An operator released it by hand. */
    MANUAL
}
