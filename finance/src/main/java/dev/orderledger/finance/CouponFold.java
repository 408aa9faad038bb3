package dev.orderledger.finance;

import dev.orderledger.api.marketing.CouponRedeemedEvent;
import dev.orderledger.api.marketing.CouponRedemptionRolledBackEvent;
import dev.orderledger.finance.Discrepancy.Check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coupon redemptions and their rollbacks. A coupon is held by at most one order at a time, or by
 * the orders of one checkout (each with its share): it is redeemed again only after every redemption
 * before was rolled back, and only an order holding it can give it back.
 */
final class CouponFold {

    private final Map<String, Holding> holdings = new HashMap<>();
    private final List<Discrepancy> found = new ArrayList<>();
    private long redeemed;

    static void readFrom(StoredPayloads payloads) {
        payloads.on(CouponRedeemedEvent.class, Redeemed.class, (history, redeemed, at) -> history.coupons().redeemed(redeemed, at));
        payloads.on(CouponRedemptionRolledBackEvent.class, RolledBack.class,
                (history, rolledBack, at) -> history.coupons().rolledBack(rolledBack, at));
    }

    /** A redemption while another order (not of the same checkout) holds the coupon is named; the new one holds it after. */
    private void redeemed(Redeemed redemption, EventRef at) {
        redeemed++;
        Holding holding = holdings.get(redemption.couponId());
        if (holding != null && redemption.checkoutId() != null && redemption.checkoutId().equals(holding.checkoutId())) {
            holding.orders().put(redemption.orderId(), at);
            return;
        }
        if (holding != null) {
            Map.Entry<String, EventRef> holder = holding.orders().entrySet().iterator().next();
            found.add(Discrepancy.of(Check.COUPON, null, redemption.couponId(), redemption.orderId(), null, redemption.discount(),
                    List.of(holder.getValue(), at), "coupon " + redemption.couponId() + " was redeemed for order "
                    + redemption.orderId() + " while order " + holder.getKey() + " still held it"));
        }
        holdings.put(redemption.couponId(), new Holding(redemption.checkoutId(), new LinkedHashMap<>(Map.of(redemption.orderId(), at))));
    }

    private void rolledBack(RolledBack rollback, EventRef at) {
        Holding holding = holdings.get(rollback.couponId());
        if (holding == null || holding.orders().remove(rollback.orderId()) == null) {
            String holder = holding == null ? null : holding.orders().keySet().iterator().next();
            found.add(Discrepancy.of(Check.COUPON, null, rollback.couponId(), rollback.orderId(), null, null,
                    holding == null ? List.of(at) : List.of(holding.orders().get(holder), at),
                    "coupon " + rollback.couponId() + " was given back by order " + rollback.orderId() + ", which did not hold it"
                    + (holder == null ? "" : "; order " + holder + " did")));
            return;
        }
        if (holding.orders().isEmpty()) {
            holdings.remove(rollback.couponId());
        }
    }

    /** How many redemptions there were, rolled back or not. */
    long redeemed() {
        return redeemed;
    }

    List<Discrepancy> check() {
        return found;
    }

    /** Who holds a coupon: one order, or the orders of one checkout; by order, where each redeemed it. */
    private record Holding(String checkoutId, Map<String, EventRef> orders) {
    }

    /** What the fold reads of a {@link CouponRedeemedEvent}. */
    record Redeemed(String couponId, String orderId, Amount discount, String checkoutId) {
    }

    /** What the fold reads of a {@link CouponRedemptionRolledBackEvent}. */
    record RolledBack(String couponId, String orderId) {
    }
}
