/**
 * Merchant webhooks: a seller's HTTPS endpoints with their secrets and kinds ({@code /api/webhooks}),
 * the outbox of deliveries the feed fills, and the loop that posts each one signed
 * ({@link dev.orderledger.notification.webhook.WebhookHeaders}), at least once, retried with back-off
 * and jitter until it is delivered or its attempts run out, logging every attempt; endpoints that keep
 * failing are disabled and their seller told. Only public addresses are reached unless configured
 * otherwise (SSRF: see {@link dev.orderledger.notification.webhook.AddressPolicy}).
 */
package dev.orderledger.notification.webhook;
