package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A buyer holds a single-use coupon with the template's terms. */
@Revision("1")
public record CouponGrantedEvent(CouponId couponId, CouponTemplateId templateId, String issuer, UserId userId, DiscountRule rule, Instant validFrom, Instant validUntil) {
}
