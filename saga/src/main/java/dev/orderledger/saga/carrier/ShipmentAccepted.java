package dev.orderledger.saga.carrier;

/** The partner took the shipment (F2). */
public record ShipmentAccepted(String shipmentId) {
}
