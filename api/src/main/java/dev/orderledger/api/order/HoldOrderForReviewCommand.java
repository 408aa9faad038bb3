package dev.orderledger.api.order;

import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Placement took what the order needs, but review rules fired: the order waits for a person's decision
 * (or {@code defaultDecision} at {@code decideBy}) instead of being confirmed. It keeps the discount that
 * placement found, to confirm with once approved.
 */
public record HoldOrderForReviewCommand(@TargetAggregateIdentifier OrderId orderId, Money discount, CouponId couponId,
                                        long pointsUsed, List<ReviewRule> fired, Instant decideBy,
                                        ReviewDecision defaultDecision, Instant at) {

    public HoldOrderForReviewCommand {
        fired = List.copyOf(fired);
    }
}
