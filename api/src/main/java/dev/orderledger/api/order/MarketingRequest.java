package dev.orderledger.api.order;

import dev.orderledger.api.marketing.CouponId;

/**
 * What the buyer wants taken off the order: a coupon they hold and a number of points. Placement
 * redeems them and confirms the discount ({@link ConfirmOrderPlacementCommand}).
 */
public record MarketingRequest(CouponId couponId, long points) {

    public static final MarketingRequest NONE = new MarketingRequest(null, 0);

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return couponId == null && points == 0;
    }
}
