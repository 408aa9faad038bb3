package dev.orderledger.api.order;

import dev.orderledger.api.money.Money;

import java.time.Instant;
import java.util.List;

/** The read model's view of one order. */
public record OrderDetail(
        OrderId orderId,
        String buyerId,
        String sellerId,
        OrderType type,
        OrderStatus status,
        List<OrderLine> lines,
        Money totalAmount,
        ShippingAddress shippingAddress,
        Instant placedAt,
        Instant paymentDeadline,
        CancellationReason cancellationReason,
        Instant updatedAt) {
}
