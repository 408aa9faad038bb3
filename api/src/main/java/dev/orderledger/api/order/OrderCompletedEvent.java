package dev.orderledger.api.order;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The order is complete; returns are possible within the return window from {@code at}. */
@Revision("1")
public record OrderCompletedEvent(OrderId orderId, CompletionKind how, Instant at) {
}
