/**
 * Notifications end to end (issue 14, part 3): the inboxes and the buyer's SMS ({@code NotificationsIT}),
 * and merchant webhooks delivered to a real HTTPS receiver ({@link dev.orderledger.app.notification.HttpsReceiver})
 * that is down for a while, fails for good, or takes them ({@code WebhooksIT}).
 */
package dev.orderledger.app.notification;
