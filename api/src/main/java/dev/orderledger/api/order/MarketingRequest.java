package dev.orderledger.api.order;

/**
 * What the buyer wants taken off the order: a coupon they hold and a number of points. Placement
 * redeems them and confirms the discount ({@link ConfirmOrderPlacementCommand}).
 */
public record MarketingRequest(String couponId, long points) {

    public static final MarketingRequest NONE = new MarketingRequest(null, 0);

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return couponId == null && points == 0;
    }
}
