package dev.orderledger.api.risk;

import java.util.List;

/** A page of the review queue, the oldest waiting first. */
public record OrderReviewPage(List<OrderReview> items, int page, int size, long total) {

    public OrderReviewPage {
        items = List.copyOf(items);
    }
}
