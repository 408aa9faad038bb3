package dev.orderledger.api.payment;

import dev.orderledger.api.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** P5. */
@Revision("1")
public record PaymentInitialisedEvent(PayOrderId payOrderId, String gatewayRequestId, Money cashAmount, Instant at) {
}
