package dev.orderledger.api.payment;

import dev.orderledger.api.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The gateway took the money after the pay order was cancelled or timed out: it must be refunded. */
@Revision("1")
public record PaymentSucceededAfterCancellationEvent(PayOrderId payOrderId, String gatewayTransactionId, Money cashAmount, Instant at) {
}
