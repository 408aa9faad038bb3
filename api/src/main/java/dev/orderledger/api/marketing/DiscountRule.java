package dev.orderledger.api.marketing;

import dev.orderledger.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a coupon takes off an order that reaches its threshold: a fixed amount, or a percentage
 * (rounded down to the minor unit, capped by {@code maxDiscount} when given). Never more than the
 * order costs.
 */
public record DiscountRule(Kind kind, Money amount, int percentOff, Money maxDiscount, Money threshold) {

    public enum Kind { FIXED, PERCENT }

    public static DiscountRule fixed(Money amount, Money threshold) {
        return new DiscountRule(Kind.FIXED, amount, 0, null, threshold);
    }

    public static DiscountRule percent(int percentOff, Money maxDiscount, Money threshold) {
        return new DiscountRule(Kind.PERCENT, null, percentOff, maxDiscount, threshold);
    }

    /** Why this rule is not well formed, or null when it is. */
    public String problem() {
        if (kind == null || threshold == null || threshold.isNegative()) {
            return "a coupon needs a kind and a threshold of zero or more";
        }
        if (kind == Kind.FIXED && (amount == null || !amount.isPositive()
                || !amount.currency().equals(threshold.currency()))) {
            return "a fixed coupon takes off a positive amount in the threshold's currency";
        }
        if (kind == Kind.PERCENT && (percentOff < 1 || percentOff > 99)) {
            return "a percentage coupon takes off 1 to 99 percent";
        }
        if (maxDiscount != null && (!maxDiscount.isPositive() || !maxDiscount.currency().equals(threshold.currency()))) {
            return "a cap is a positive amount in the threshold's currency";
        }
        return null;
    }

    /** The discount on an order of this amount, or null when the order does not reach the threshold. */
    public Money discountFor(Money orderAmount) {
        if (orderAmount.compareTo(threshold) < 0) {
            return null;
        }
        Money discount = kind == Kind.FIXED ? amount : new Money(orderAmount.amount()
                .multiply(BigDecimal.valueOf(percentOff))
                .divide(BigDecimal.valueOf(100), orderAmount.currency().getDefaultFractionDigits(), RoundingMode.DOWN),
                orderAmount.currency());
        if (maxDiscount != null && discount.compareTo(maxDiscount) > 0) {
            discount = maxDiscount;
        }
        return discount.compareTo(orderAmount) > 0 ? orderAmount : discount;
    }
}
