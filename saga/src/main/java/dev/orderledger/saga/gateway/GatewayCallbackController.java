package dev.orderledger.saga.gateway;

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
 * {@code POST /api/payments/callback}: the gateway reports a payment or a refund. Authenticated by the
 * gateway's signature over the raw body, not by a bearer token; applied through {@link GatewayResults}.
 */
@RestController
class GatewayCallbackController {

    private final SignedCallbackReader callbacks;
    private final GatewayResults results;

    GatewayCallbackController(PartnerProperties partners, ObjectMapper json, Clock clock, GatewayResults results) {
        this.callbacks = new SignedCallbackReader(
                new CallbackSignature(partners.gateway().secret(), partners.callbackTolerance()), json, clock);
        this.results = results;
    }

    @PostMapping("/api/payments/callback")
    CallbackAnswer callback(@RequestBody(required = false) byte[] body,
                            @RequestHeader(name = CallbackSignature.TIMESTAMP_HEADER, required = false) String timestamp,
                            @RequestHeader(name = CallbackSignature.SIGNATURE_HEADER, required = false) String signature) {
        results.apply(callbacks.read(body, timestamp, signature, GatewayNotice.class));
        return CallbackAnswer.APPLIED;
    }
}
