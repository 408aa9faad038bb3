package dev.orderledger.api.marketing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/**
 * A coupon template (seed 003 "优惠券模板"): chosen by the marketer ({@link Identifiers#CHOSEN_NAME_REGEX}),
 * or a UUID when they chose none. In JSON, the plain string.
 */
public record CouponTemplateId(@JsonValue String value) {

    public CouponTemplateId {
        Identifiers.require(value, Identifiers.NAME, "CouponTemplateId");
    }

    @JsonCreator
    public static CouponTemplateId of(String value) {
        return new CouponTemplateId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
