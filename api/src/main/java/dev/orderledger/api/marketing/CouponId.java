package dev.orderledger.api.marketing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/**
 * A coupon's id, given when the coupon is issued to a buyer (a UUID). In JSON, the plain string;
 * absent (null) where an order uses no coupon.
 */
public record CouponId(@JsonValue String value) {

    public CouponId {
        Identifiers.require(value, Identifiers.NAME, "CouponId");
    }

    @JsonCreator
    public static CouponId of(String value) {
        return new CouponId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
