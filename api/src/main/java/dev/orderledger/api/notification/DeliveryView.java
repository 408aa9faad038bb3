package dev.orderledger.api.notification;

import dev.orderledger.api.order.OrderId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One delivery of the log: its id (the receiver's deduplication key), the news it carries, its status,
 * when it was made, delivered or is next tried, and every attempt, oldest first.
 */
public record DeliveryView(UUID deliveryId, NotificationKind kind, OrderId orderId, DeliveryStatus status, Instant createdAt,
                           Instant deliveredAt, Instant nextAttemptAt, List<AttemptView> attempts) {

    /**
     * One attempt: when, the receiver's status code or the error, how long it took, and whether it
     * succeeded.
     */
    public record AttemptView(int number, Instant at, Integer statusCode, String error, long durationMillis, boolean succeeded) {
    }
}
