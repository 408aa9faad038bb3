package dev.orderledger.saga.carrier;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The fulfillment (carrier) partner. A shipment is requested once per fulfillment reference; asking
 * again with the same reference answers the shipment already made. A future that completes
 * exceptionally with {@link dev.orderledger.saga.gateway.PartnerUnavailable} means the answer is unknown.
 */
public interface FulfillmentPartner {

    CompletableFuture<ShipmentAccepted> requestShipment(ShipmentRequest request);

    /** What the partner knows of a shipment; empty when it never heard of the reference. */
    Optional<Shipment> findShipment(String reference);
}
