package dev.orderledger.saga.carrier;

/** Placeholder until the partners branch lands: turns the carrier's answers into ledger commands. */
public interface ShipmentResults {
    void apply(Shipment shipment);
}
