package dev.orderledger.notification.inbox;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.notification.NotificationKind;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification to put in a user's inbox: its id (name-based on what caused it, so the same news is
 * added once), the recipient, the kind, the order and refund it is about (none for news of a webhook)
 * and the text, as of when it happened.
 */
public record InboxEntry(UUID id, UserId recipient, NotificationKind kind, OrderId orderId, RefundId refundId, String text,
                         Instant at) {

    public InboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
