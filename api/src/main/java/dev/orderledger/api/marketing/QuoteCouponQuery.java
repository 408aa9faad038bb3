package dev.orderledger.api.marketing;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.security.UserId;

import java.time.Instant;

/**
 * What this buyer's coupon would take off this amount now, as redeeming it would decide (the same
 * refusals: another buyer's coupon, used, expired, below the threshold). Answered with the discount.
 */
public record QuoteCouponQuery(CouponId couponId, UserId buyer, Money amount, Instant at) {
}
