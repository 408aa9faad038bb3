package dev.orderledger.saga.carrier;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.ShippingAddress;

/** Ship this order's goods to this address; the reference is the order's fulfillment reference. */
public record ShipmentRequest(String reference, OrderId orderId, ShippingAddress address) {
}
