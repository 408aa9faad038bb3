package dev.orderledger.api.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;

import java.time.Instant;

/** One order in a list: who, what status, how much, how many lines (and the first line's product), when. */
public record OrderSummary(
        OrderId orderId,
        UserId buyerId,
        UserId sellerId,
        OrderType type,
        OrderStatus status,
        FulfillmentStatus fulfillmentStatus,
        OrderRefundStatus refundStatus,
        Money totalAmount,
        Money payableAmount,
        int lineCount,
        String firstProductName,
        Instant placedAt,
        Instant updatedAt) {
}
