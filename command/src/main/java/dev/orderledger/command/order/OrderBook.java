package dev.orderledger.command.order;

import dev.orderledger.api.order.OrderId;

/** Reads orders from their aggregates for other aggregates' decisions (what a pay order must cover). */
public interface OrderBook {

    /**
     * What is due on the order at this moment (a presale's deposit, then its balance).
     *
     * @throws dev.orderledger.api.common.ResourceNotFound when there is no such order
     */
    PayableOrder payable(OrderId orderId, java.time.Instant at);
}
