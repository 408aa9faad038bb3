package dev.orderledger.api.order;

/** How an order came to be completed. */
public enum CompletionKind {
    /** The buyer confirmed receipt. */
    BUYER_CONFIRMED,
    /** Nobody confirmed within the confirmation window after delivery. */
    AUTO_CONFIRMED,
    /** Virtual goods: delivered the moment they were fulfilled. */
    VIRTUAL_DELIVERED
}
