/**
 * The in-app inbox: a row per recipient and piece of news, added by the feed (and by the webhooks when an
 * endpoint is disabled), read by its owner through {@code /api/notifications}, unread first.
 */
package dev.orderledger.notification.inbox;
