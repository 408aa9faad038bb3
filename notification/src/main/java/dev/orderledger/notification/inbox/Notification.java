package dev.orderledger.notification.inbox;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.notification.NotificationKind;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification as its recipient reads it: what happened ({@code kind}), the order (and refund) it
 * is about, the order's status after it (absent when the news does not move it), the text, when it
 * happened, and whether and when it was read.
 */
public record Notification(UUID id, NotificationKind kind, OrderId orderId, RefundId refundId, OrderStatus orderStatus,
                           String text, Instant createdAt, boolean read, Instant readAt) {
}
