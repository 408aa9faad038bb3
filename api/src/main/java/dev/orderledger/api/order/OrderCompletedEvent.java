package dev.orderledger.api.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The order is complete; returns are possible within the return window from {@code at}. The seller
 * is owed {@code settlement}: what was paid, less the refunds set aside so far.
 */
@Revision("1")
public record OrderCompletedEvent(OrderId orderId, CompletionKind how, UserId sellerId, Money settlement, Instant at) {
}
