package dev.orderledger.saga.carrier;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.saga.partner.CallbackAnswer;
import dev.orderledger.saga.partner.PartnerProperties;
import dev.orderledger.saga.partner.SignedCallbackReader;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * {@code POST /api/fulfillment/callback}: the carrier reports a shipment. Authenticated by the
 * carrier's own signature over the raw body; applied through {@link ShipmentResults}.
 */
@RestController
class CarrierCallbackController {

    private final SignedCallbackReader callbacks;
    private final ShipmentResults results;

    CarrierCallbackController(PartnerProperties partners, ObjectMapper json, Clock clock, ShipmentResults results) {
        this.callbacks = new SignedCallbackReader(
                new CallbackSignature(partners.carrier().secret(), partners.callbackTolerance()), json, clock);
        this.results = results;
    }

    @PostMapping("/api/fulfillment/callback")
    CallbackAnswer callback(@RequestBody(required = false) byte[] body,
                            @RequestHeader(name = CallbackSignature.TIMESTAMP_HEADER, required = false) String timestamp,
                            @RequestHeader(name = CallbackSignature.SIGNATURE_HEADER, required = false) String signature) {
        results.apply(callbacks.read(body, timestamp, signature, Shipment.class));
        return CallbackAnswer.APPLIED;
    }
}
