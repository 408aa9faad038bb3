package dev.orderledger.api.notification;


import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint as its seller reads it: where it is, the kinds of news it gets, whether it is
 * enabled (and since when it is not), and how many deliveries in a row have failed. The secret is
 * never shown.
 */
public record WebhookView(String id, String url, List<NotificationKind> kinds, boolean enabled, int consecutiveFailures,
                          Instant disabledAt, Instant createdAt, Instant updatedAt) {
}
