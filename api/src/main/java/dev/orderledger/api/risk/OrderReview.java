package dev.orderledger.api.risk;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.UserId;

import java.time.Instant;
import java.util.List;

/**
 * One order of the review queue as admins see it: whose, worth what, the rules that fired, by when and how
 * it is decided if nobody does, and once decided, by whom ({@code byDefault}: nobody did in time) and why.
 */
public record OrderReview(OrderId orderId, UserId buyerId, UserId sellerId, Money totalAmount, List<ReviewRule> fired,
                          ReviewStatus status, Instant underReviewAt, Instant decideBy, ReviewDecision defaultDecision,
                          UserId decidedBy, String note, boolean byDefault, Instant decidedAt) {

    public OrderReview {
        fired = List.copyOf(fired);
    }
}
