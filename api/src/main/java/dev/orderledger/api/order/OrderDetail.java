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
        FulfillmentStatus fulfillmentStatus,
        List<OrderLine> lines,
        Money totalAmount,
        Money discount,
        Money payableAmount,
        String payOrderId,
        ShippingAddress shippingAddress,
        Shipping shipping,
        Presale presale,
        Instant placedAt,
        Instant paymentDeadline,
        CancellationReason cancellationReason,
        Instant updatedAt) {

    /** Where the parcel is: carrier, tracking number, and the version a tracking update must carry. */
    public record Shipping(String carrier, String trackingNumber, long version) {
    }
}
