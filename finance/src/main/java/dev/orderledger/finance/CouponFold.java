package dev.orderledger.finance;

import dev.orderledger.api.marketing.CouponRedeemedEvent;
import dev.orderledger.api.marketing.CouponRedemptionRolledBackEvent;
import dev.orderledger.finance.Discrepancy.Check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coupon redemptions and their rollbacks. A coupon is held by at most one order at a time: it is
 * redeemed again only after the redemption before was rolled back, and only the order holding it
 * can give it back.
 */
final class CouponFold {

    private final Map<String, Holder> holders = new HashMap<>();
    private final List<Discrepancy> found = new ArrayList<>();
    private long redeemed;

    static void readFrom(StoredPayloads payloads) {
        payloads.on(CouponRedeemedEvent.class, Redeemed.class, (history, redeemed, at) -> history.coupons().redeemed(redeemed, at));
        payloads.on(CouponRedemptionRolledBackEvent.class, RolledBack.class,
                (history, rolledBack, at) -> history.coupons().rolledBack(rolledBack, at));
    }

    private void redeemed(Redeemed redemption, EventRef at) {
        redeemed++;
        Holder holder = holders.put(redemption.couponId(), new Holder(redemption.orderId(), at));
        if (holder != null) {
            found.add(Discrepancy.of(Check.COUPON, null, redemption.couponId(), redemption.orderId(), null, redemption.discount(),
                    List.of(holder.at(), at), "coupon " + redemption.couponId() + " was redeemed for order "
                    + redemption.orderId() + " while order " + holder.orderId() + " still held it"));
        }
    }

    private void rolledBack(RolledBack rollback, EventRef at) {
        Holder holder = holders.get(rollback.couponId());
        if (holder == null || !holder.orderId().equals(rollback.orderId())) {
            found.add(Discrepancy.of(Check.COUPON, null, rollback.couponId(), rollback.orderId(), null, null,
                    holder == null ? List.of(at) : List.of(holder.at(), at),
                    "coupon " + rollback.couponId() + " was given back by order " + rollback.orderId() + ", which did not hold it"
                    + (holder == null ? "" : "; order " + holder.orderId() + " did")));
            return;
        }
        holders.remove(rollback.couponId());
    }

    /** How many redemptions there were, rolled back or not. */
    long redeemed() {
        return redeemed;
    }

    List<Discrepancy> check() {
        return found;
    }

    private record Holder(String orderId, EventRef at) {
    }

    /** What the fold reads of a {@link CouponRedeemedEvent}. */
    record Redeemed(String couponId, String orderId, Amount discount) {
    }

    /** What the fold reads of a {@link CouponRedemptionRolledBackEvent}. */
    record RolledBack(String couponId, String orderId) {
    }
}
