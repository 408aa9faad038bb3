package dev.orderledger.api.order;

import dev.orderledger.api.security.Actor;

/** Asks for one order as its buyer, its seller or an admin sees it; anyone else gets nothing. */
public record FindOrderDetailQuery(OrderId orderId, Actor requester) {
}
