package dev.orderledger.api.notification;

import dev.orderledger.api.security.UserId;

/** Asks for a seller's webhook endpoints, answered with a list of {@link WebhookView}. */
public record FindWebhooksQuery(UserId sellerId) {
}
