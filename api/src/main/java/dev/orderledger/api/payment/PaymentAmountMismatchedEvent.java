package dev.orderledger.api.payment;

import dev.orderledger.api.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The gateway took an amount other than the one asked for. The money is real, so it is recorded
 * rather than refused; the pay order does not succeed, and a person reconciles it with the gateway.
 */
@Revision("1")
public record PaymentAmountMismatchedEvent(PayOrderId payOrderId, String gatewayTransactionId, Money expected, Money reported,
                                           Instant at) {
}
