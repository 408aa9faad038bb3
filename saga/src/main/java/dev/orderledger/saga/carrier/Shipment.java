package dev.orderledger.saga.carrier;

import dev.orderledger.api.order.OrderId;

/** The partner's view of one shipment (a callback, or the answer to a status query). */
public record Shipment(String reference, OrderId orderId, String shipmentId, ShipmentStatus status, String carrier,
                       String trackingNumber, String reason) {
}
