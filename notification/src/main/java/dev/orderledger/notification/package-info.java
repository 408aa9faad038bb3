/**
 * Notifications (issue 14, part 3; seed 004 订单推送; ADR 0025): every order status change worth telling
 * becomes news ({@link dev.orderledger.notification.OrderNews}) for the buyer and the seller, as an
 * in-app inbox ({@code inbox}), signed webhook deliveries to the seller's endpoints ({@code webhook}) and
 * the buyer's SMS ({@code sms}). The events become news in a processor of their own ({@code feed}), and
 * the deliveries leave through outboxes with retries ({@code outbox}), so nothing here slows or fails
 * the order process. This package holds what they all share: the kinds of news and the news itself.
 */
package dev.orderledger.notification;
