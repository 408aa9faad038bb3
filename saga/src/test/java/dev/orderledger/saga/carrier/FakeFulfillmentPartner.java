package dev.orderledger.saga.carrier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A carrier that remembers the shipments it was asked for and knows only what the test tells it. */
public class FakeFulfillmentPartner implements FulfillmentPartner {

    public final List<ShipmentRequest> requests = new ArrayList<>();
    private final Map<String, Shipment> shipments = new HashMap<>();

    @Override
    public CompletableFuture<ShipmentAccepted> requestShipment(ShipmentRequest request) {
        requests.add(request);
        return new CompletableFuture<>();
    }

    @Override
    public Optional<Shipment> findShipment(String reference) {
        return Optional.ofNullable(shipments.get(reference));
    }

    public void knows(Shipment shipment) {
        shipments.put(shipment.reference(), shipment);
    }
}
