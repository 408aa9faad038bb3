/**
 * The buyers' SMS for paid, shipped and refunded orders: an outbox the feed fills and a loop that sends
 * through the {@link dev.orderledger.notification.sms.SmsSender} (the simulator, or a real provider),
 * asking identity for the phone ({@link dev.orderledger.notification.sms.PhoneDirectory}) when a message
 * goes. The sender also carries identity's login codes.
 */
package dev.orderledger.notification.sms;
