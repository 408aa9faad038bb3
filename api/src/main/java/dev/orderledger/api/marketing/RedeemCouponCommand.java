package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Uses the coupon on an order of this seller's goods; redeeming again for the same order answers the
 * same discount. With a {@code share}, the order takes its part of a platform coupon that pays for its
 * whole checkout ({@link CouponShare}).
 */
public record RedeemCouponCommand(@TargetAggregateIdentifier CouponId couponId, OrderId orderId, UserId userId, UserId sellerId,
                                  Money orderAmount, Instant at, CouponShare share) {

    public RedeemCouponCommand(CouponId couponId, OrderId orderId, UserId userId, UserId sellerId, Money orderAmount, Instant at) {
        this(couponId, orderId, userId, sellerId, orderAmount, at, null);
    }
}
