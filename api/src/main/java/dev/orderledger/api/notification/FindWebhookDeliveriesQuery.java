package dev.orderledger.api.notification;

import dev.orderledger.api.security.UserId;

/**
 * Asks for one page of a seller's endpoint's delivery log, newest first, of one status or all ({@code status}
 * null), answered with a {@link DeliveryPage}. Another seller's endpoint is not found.
 */
public record FindWebhookDeliveriesQuery(UserId sellerId, String webhookId, DeliveryStatus status, int page, int size) {
}
