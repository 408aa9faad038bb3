package dev.orderledger.api.order;

import dev.orderledger.api.security.UserId;
import java.time.Instant;

/**
 * Asks for a page of orders, newest placed first, answered with an {@link OrderPage}. Every
 * criterion left null does not filter; {@code itemStatus} keeps the orders with a line in that
 * status; {@code placedFrom} is inclusive, {@code placedUntil}
 * exclusive. The caller decides whose orders may be asked for: a buyer's list fixes
 * {@code buyerId}, a seller's list {@code sellerId}.
 */
public record FindOrdersQuery(
        OrderId orderId,
        UserId buyerId,
        UserId sellerId,
        OrderStatus status,
        OrderRefundStatus refundStatus,
        ItemStatus.Kind itemStatus,
        Instant placedFrom,
        Instant placedUntil,
        int page,
        int size) {

    public static FindOrdersQuery ofBuyer(UserId buyerId, OrderStatus status, OrderRefundStatus refundStatus,
                                          ItemStatus.Kind itemStatus, int page, int size) {
        return new FindOrdersQuery(null, buyerId, null, status, refundStatus, itemStatus, null, null, page, size);
    }

    public static FindOrdersQuery ofSeller(UserId sellerId, OrderStatus status, OrderRefundStatus refundStatus,
                                           ItemStatus.Kind itemStatus, int page, int size) {
        return new FindOrdersQuery(null, null, sellerId, status, refundStatus, itemStatus, null, null, page, size);
    }
}
