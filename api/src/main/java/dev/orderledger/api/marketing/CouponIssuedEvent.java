package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The template handed out one more coupon. */
@Revision("1")
public record CouponIssuedEvent(CouponTemplateId templateId, CouponId couponId, UserId userId, long issuedCount, Instant at) {
}
