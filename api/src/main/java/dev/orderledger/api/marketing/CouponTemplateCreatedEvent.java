package dev.orderledger.api.marketing;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A coupon template exists; {@code issuer} is the seller who funds it, or {@code platform}. */
@Revision("1")
public record CouponTemplateCreatedEvent(CouponTemplateId templateId, String issuer, String name, DiscountRule rule, Instant validFrom, Instant validUntil, int perUserLimit, long totalQuantity) {
}
