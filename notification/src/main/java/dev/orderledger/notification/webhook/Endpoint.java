package dev.orderledger.notification.webhook;

import dev.orderledger.api.notification.WebhookView;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.notification.NotificationKind;

import java.time.Instant;
import java.util.Set;

/** A seller's webhook endpoint as stored, its secret included (never shown: see {@link WebhookView}). */
record Endpoint(String id, UserId sellerId, String url, String secret, Set<NotificationKind> kinds, boolean enabled,
                int consecutiveFailures, Instant disabledAt, Instant createdAt, Instant updatedAt) {

    WebhookView view() {
        return new WebhookView(id, url, NotificationKind.webhookKinds().stream().filter(kinds::contains).toList(), enabled,
                consecutiveFailures, disabledAt, createdAt, updatedAt);
    }
}
