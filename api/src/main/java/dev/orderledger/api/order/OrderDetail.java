package dev.orderledger.api.order;

import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.payment.PaymentDetail;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.refund.RefundDetail;

import java.time.Instant;
import java.util.List;

/**
 * The read model's view of one order: its lines as sold (each with the item snapshot it was sold
 * as), what it costs, where it is in its life (the status and the time of each step), its pay
 * orders, its fulfillment, its refunds, and a timeline of every change with who made it and why.
 * {@code paymentStatus} is the status of the latest pay order ({@code P0_NOT_STARTED} before any);
 * {@code refundedAmount} what the refunds paid back so far, and {@code refundStatus} where the order
 * stands with refunds; each line's {@code itemStatus} says the same of its units.
 */
public record OrderDetail(
        OrderId orderId,
        UserId buyerId,
        UserId sellerId,
        OrderType type,
        OrderStatus status,
        FulfillmentStatus fulfillmentStatus,
        PaymentStatus paymentStatus,
        List<Line> lines,
        Money totalAmount,
        Money discount,
        Money payableAmount,
        Money refundedAmount,
        OrderRefundStatus refundStatus,
        PayOrderId payOrderId,
        ShippingAddress shippingAddress,
        Shipping shipping,
        Presale presale,
        Instant placedAt,
        Instant paymentDeadline,
        Instant paidAt,
        Instant completedAt,
        CompletionKind completionKind,
        Instant cancelledAt,
        CancellationReason cancellationReason,
        String cancellationDetail,
        Instant closedAt,
        Instant updatedAt,
        Fulfillment fulfillment,
        List<PaymentDetail> payments,
        List<RefundDetail> refunds,
        List<OrderTimelineEntry> timeline) {

    public OrderDetail {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        refunds = List.copyOf(refunds);
        timeline = List.copyOf(timeline);
    }

    /**
     * One line as it was sold: the order line's fields, what the buyer pays for it, and the item
     * snapshot (null when the read model has not seen the item's snapshot).
     */
    public record Line(
            int lineNo,
            ProductId productId,
            SkuId skuId,
            SnapshotId snapshotId,
            String productName,
            int quantity,
            Money unitPrice,
            Money discount,
            Money lineTotal,
            Money payable,
            ItemSnapshot snapshot,
            ItemStatus itemStatus) {

        public static Line of(OrderLine line, ItemSnapshot snapshot, ItemStatus itemStatus) {
            return new Line(line.lineNo(), line.productId(), line.skuId(), line.snapshotId(), line.productName(),
                    line.quantity(), line.unitPrice(), line.discount(), line.lineTotal(), line.payable(), snapshot, itemStatus);
        }
    }

    /** Where the parcel is: carrier, tracking number, and the version a tracking update must carry. */
    public record Shipping(String carrier, String trackingNumber, long version) {
    }

    /**
     * Fulfillment (F0..F5) and the time of each of its steps: requested from the partner under
     * {@code reference} (F1), accepted by it (F2), shipped, tracking corrected, delivered (F4) or failed (F3).
     */
    public record Fulfillment(
            FulfillmentStatus status,
            String reference,
            String carrier,
            String trackingNumber,
            long shippingVersion,
            Instant startedAt,
            Instant acceptedAt,
            Instant shippedAt,
            Instant trackingUpdatedAt,
            Instant deliveredAt,
            Instant failedAt,
            String failureReason) {
    }
}
