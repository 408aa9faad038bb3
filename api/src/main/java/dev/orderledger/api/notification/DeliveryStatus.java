package dev.orderledger.api.notification;

/** Where a delivery is: waiting for its next attempt, delivered, or failed when its attempts ran out. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
