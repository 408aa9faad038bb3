package dev.orderledger.saga.carrier;

import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.order.OrderId;

/** The partner's view of one shipment (a callback, or the answer to a status query). */
public record Shipment(String reference, OrderId orderId, String shipmentId, ShipmentStatus status, String carrier,
                       String trackingNumber, String reason) {

    public Shipment {
        if (reference == null || reference.isBlank() || orderId == null || status == null) {
            throw new InvalidValue("a shipment names its reference, orderId and status");
        }
    }
}
