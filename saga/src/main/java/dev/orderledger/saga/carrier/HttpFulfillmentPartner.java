package dev.orderledger.saga.carrier;

import dev.orderledger.saga.partner.PartnerHttp;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The carrier over HTTP: {@code POST /shipments} and {@code GET /shipments/{reference}} under its base
 * URL. The fulfillment reference travels with every request; the carrier is idempotent on it.
 */
public class HttpFulfillmentPartner implements FulfillmentPartner {

    private final PartnerHttp http;

    public HttpFulfillmentPartner(PartnerHttp http) {
        this.http = http;
    }

    @Override
    public CompletableFuture<ShipmentAccepted> requestShipment(ShipmentRequest request) {
        return http.post("/shipments", request, ShipmentAccepted.class, ShipmentRefused::new);
    }

    @Override
    public Optional<Shipment> findShipment(String reference) {
        return http.get("/shipments/" + PartnerHttp.segment(reference), Shipment.class);
    }
}
