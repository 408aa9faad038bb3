package dev.orderledger.api.marketing;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The template handed out one more coupon. */
@Revision("1")
public record CouponIssuedEvent(CouponTemplateId templateId, CouponId couponId, String userId, long issuedCount, Instant at) {
}
