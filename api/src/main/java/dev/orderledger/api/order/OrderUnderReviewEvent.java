package dev.orderledger.api.order;

import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRule;
import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The order waits for review, its stock, coupon and points held: the rules that fired, the discount it is
 * confirmed with once approved, and when and how it is decided if nobody does. The buyer is told it is
 * awaiting confirmation, never which rules fired.
 */
@Revision("1")
public record OrderUnderReviewEvent(OrderId orderId, UserId buyerId, UserId sellerId, Money totalAmount, List<ReviewRule> fired,
                                    Money discount, CouponId couponId, long pointsUsed, Instant decideBy,
                                    ReviewDecision defaultDecision, Instant at) {

    public OrderUnderReviewEvent {
        fired = List.copyOf(fired);
    }
}
