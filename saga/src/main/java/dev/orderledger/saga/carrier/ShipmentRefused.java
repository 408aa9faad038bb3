package dev.orderledger.saga.carrier;

/** The partner refused to take the shipment: a definite answer (the fulfillment fails), unlike an unknown one. */
public class ShipmentRefused extends RuntimeException {

    public ShipmentRefused(String reason) {
        super(reason);
    }
}
