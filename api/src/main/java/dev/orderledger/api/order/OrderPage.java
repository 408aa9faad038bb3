package dev.orderledger.api.order;

import java.util.List;

/** One page of orders, newest placed first, and how many orders match in all. */
public record OrderPage(List<OrderSummary> items, int page, int size, long total) {

    public OrderPage {
        items = List.copyOf(items);
    }
}
