/**
 * What the ledger tells people and sellers' systems: the kinds of news ({@link NotificationKind}), and a
 * seller's webhook endpoints with their delivery logs, as the API and the console read them. The queries and
 * the redelivery are answered by the notification module, for the seller who owns the endpoint only.
 */
package dev.orderledger.api.notification;
