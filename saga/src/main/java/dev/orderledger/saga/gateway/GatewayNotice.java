package dev.orderledger.saga.gateway;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What the gateway tells the ledger about one of its requests, in a callback or a status answer:
 * a payment ({@code "type":"PAYMENT"}) or a refund ({@code "type":"REFUND"}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = GatewayPayment.class, name = "PAYMENT"),
        @JsonSubTypes.Type(value = GatewayRefund.class, name = "REFUND")})
public sealed interface GatewayNotice permits GatewayPayment, GatewayRefund {

    GatewayStatus status();
}
