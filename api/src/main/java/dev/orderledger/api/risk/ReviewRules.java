package dev.orderledger.api.risk;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.UserId;

import java.time.Duration;
import java.util.Set;

/**
 * The rules that put an order under review instead of confirming it (seed 004 订单审核), as admins set
 * them. A rule with no limit (null) never fires. Buyers on the whitelist are never reviewed; buyers on
 * the blacklist always are. An order under review is decided by an admin within {@code decideWithin},
 * or else by {@code defaultDecision}.
 *
 * @param maxOrdersPerHour    more orders than this by one buyer in the last hour (this one included)
 * @param maxOrdersPerDay     more orders than this by one buyer in the last 24 hours (this one included)
 * @param promotionalSkus     the SKUs whose units per buyer are limited
 * @param maxPromotionalUnits more units of one promotional SKU than this by one buyer, all their orders together
 * @param firstOrderAbove     a buyer's first order worth more than this
 */
public record ReviewRules(Set<UserId> blacklist, Set<UserId> whitelist, Integer maxOrdersPerHour, Integer maxOrdersPerDay,
                          Set<SkuRef> promotionalSkus, Integer maxPromotionalUnits, Money firstOrderAbove,
                          Duration decideWithin, ReviewDecision defaultDecision) {

    /** The one stream of the rules: every change of them is an event on it. */
    public static final String ID = "review-rules";
    public static final Duration DEFAULT_DECIDE_WITHIN = Duration.ofHours(2);
    /** The shortest time an admin may be given to decide. */
    public static final Duration SHORTEST_DECIDE_WITHIN = Duration.ofMinutes(1);
    /** The longest an order may wait for a decision: its stock is held all that time. */
    public static final Duration LONGEST_DECIDE_WITHIN = Duration.ofDays(7);
    /** The highest limit a rule may set (orders per hour or day, promotional units). */
    public static final int HIGHEST_LIMIT = 100_000;
    /** The most users a list (black or white) may hold. */
    public static final int LONGEST_LIST = 10_000;
    /** The most promotional SKUs the rules may name. */
    public static final int MOST_PROMOTIONAL_SKUS = 1_000;
    /** No rule: every order is confirmed without review. */
    public static final ReviewRules NONE = new ReviewRules(null, null, null, null, null, null, null, null, null);

    public ReviewRules {
        blacklist = blacklist == null ? Set.of() : Set.copyOf(blacklist);
        whitelist = whitelist == null ? Set.of() : Set.copyOf(whitelist);
        promotionalSkus = promotionalSkus == null ? Set.of() : Set.copyOf(promotionalSkus);
        decideWithin = decideWithin == null ? DEFAULT_DECIDE_WITHIN : decideWithin;
        defaultDecision = defaultDecision == null ? ReviewDecision.APPROVE : defaultDecision;
    }
}
