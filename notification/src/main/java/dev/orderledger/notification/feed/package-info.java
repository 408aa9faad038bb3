/**
 * The feed: the processing group {@code notifications} that turns events into news (one mapping handler
 * per event) and tells it to the order's parties in one transaction with its token: inbox
 * notifications, the buyer's SMS and the seller's webhook deliveries, each once per event. It keeps the
 * parties of orders and refunds in tables of its own, since most events name only the order.
 */
package dev.orderledger.notification.feed;
