package dev.orderledger.api.notification;

import dev.orderledger.api.security.UserId;

import java.util.UUID;

/**
 * A seller asks for a delivered or failed delivery to be sent again, with the same delivery id and body.
 * Refused ({@code StateConflict}) while it still waits for its next attempt, or while the endpoint is disabled.
 */
public record RedeliverWebhookCommand(UserId sellerId, String webhookId, UUID deliveryId) {
}
