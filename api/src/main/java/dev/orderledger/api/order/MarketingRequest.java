package dev.orderledger.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.marketing.CouponShare;

/**
 * What the buyer wants taken off the order: a coupon they hold and a number of points. Placement
 * redeems them and confirms the discount ({@link ConfirmOrderPlacementCommand}). With a
 * {@code couponShare}, the coupon pays for the order's whole checkout and the order takes its share.
 */
public record MarketingRequest(CouponId couponId, long points, CouponShare couponShare) {

    public static final MarketingRequest NONE = new MarketingRequest(null, 0);

    public MarketingRequest(CouponId couponId, long points) {
        this(couponId, points, null);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return couponId == null && points == 0;
    }
}
