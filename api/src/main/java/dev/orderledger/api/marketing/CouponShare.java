package dev.orderledger.api.marketing;

import dev.orderledger.api.money.Money;

/**
 * An order's part of a platform coupon that pays for a whole checkout (issue 14, ADR 0022): the
 * checkout, what all its orders cost together (the coupon's threshold and rule apply to that), and
 * this order's share of the discount. The shares of one checkout never add up to more than the
 * coupon takes off the whole.
 */
public record CouponShare(String checkoutId, Money checkoutAmount, Money share) {
}
