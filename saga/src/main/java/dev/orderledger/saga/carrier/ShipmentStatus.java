package dev.orderledger.saga.carrier;

/** Where a shipment stands at the partner. */
public enum ShipmentStatus {
    ACCEPTED, SHIPPED, DELIVERED, FAILED
}
