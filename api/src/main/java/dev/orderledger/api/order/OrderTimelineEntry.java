package dev.orderledger.api.order;

import java.time.Instant;

/**
 * One change in an order's life, in the order the ledger recorded it: when, which aggregate it
 * happened to ({@code source} and {@code reference}: the order, one of its pay orders or one of its
 * refunds), what happened ({@code event}, the event's name), the status it led to (an order,
 * fulfillment, payment or refund status; null when no status changed), who did it (the user id, or
 * {@code system} / {@code ledger} for the ledger's own processes; null when the event does not say),
 * why ({@code reason}) and any other detail.
 */
public record OrderTimelineEntry(
        Instant at,
        Source source,
        String reference,
        String event,
        String status,
        String actor,
        String reason,
        String detail) {

    /** Which of the order's aggregates an entry comes from. */
    public enum Source {
        ORDER, PAYMENT, REFUND
    }
}
