package dev.orderledger.api.risk;

/** Where an order of the review queue stands. */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED
}
