package dev.orderledger.api.order;

import dev.orderledger.api.security.Actor;

import java.util.List;

/**
 * A subscription to orders as they change: its initial answer is the orders' details as they are now
 * (those the requester may read, see {@link #mayRead}), and every change the order views make to one of
 * them later comes as an {@link OrderChanged}. A subscription may be opened before its order exists (a
 * placement subscribes before it sends its command), so each change is checked again for its reader.
 */
public record FollowOrdersQuery(List<OrderId> orderIds, Actor requester) {

    public FollowOrdersQuery {
        orderIds = List.copyOf(orderIds);
    }

    /** An order is its buyer's, its seller's and the admins' to read; to anyone else it does not exist. */
    public boolean mayRead(OrderDetail order) {
        return requester.isAdmin() || order.buyerId().equals(requester.userId())
                || order.sellerId().equals(requester.userId());
    }

    /** Whether this subscription wants to hear of this change. */
    public boolean follows(OrderChanged change) {
        return orderIds.contains(change.order().orderId()) && mayRead(change.order());
    }
}
