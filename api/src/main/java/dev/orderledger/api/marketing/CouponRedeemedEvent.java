package dev.orderledger.api.marketing;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The coupon was used on an order for this discount; with a {@code checkoutId}, the discount is the
 * order's share of a coupon that pays for its whole checkout (null in events from before checkouts).
 */
@Revision("1")
public record CouponRedeemedEvent(CouponId couponId, OrderId orderId, Money discount, Instant at, String checkoutId) {

    public CouponRedeemedEvent(CouponId couponId, OrderId orderId, Money discount, Instant at) {
        this(couponId, orderId, discount, at, null);
    }
}
