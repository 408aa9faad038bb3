package dev.orderledger.notification;

import dev.orderledger.api.notification.NotificationKind;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.notification.NotificationKind.Audience;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One piece of news about an order, as the feed reads it from an event: the event's identifier (what
 * makes everything made of it idempotent), its kind, the order (and refund) it is about, the details its
 * texts and webhook payload name ({@code carrier}, {@code reason}...) and when it happened.
 */
public record OrderNews(String eventId, NotificationKind kind, OrderId orderId, RefundId refundId,
                        Map<String, String> details, Instant at) {

    public OrderNews {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(at, "at");
        details = Map.copyOf(details);
    }

    /** The text this party reads. */
    public String text(Audience audience) {
        Map<String, String> values = new LinkedHashMap<>(details);
        values.put("order", orderId.value());
        if (refundId != null) {
            values.put("refund", refundId.value());
        }
        return kind.text(audience, values);
    }

    /**
     * The identifier of what this news makes for one destination (an inbox, an endpoint, a phone):
     * the same event and destination always give the same id, so redelivered events add nothing.
     */
    public UUID idFor(String destination) {
        return idOf(eventId, destination);
    }

    /** A name-based id of a source (an event, a disabling) and a destination. */
    public static UUID idOf(String source, String destination) {
        return UUID.nameUUIDFromBytes((source + "|" + destination).getBytes(StandardCharsets.UTF_8));
    }
}
