package dev.orderledger.api.marketing;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A seller (for their goods) or an admin (for the platform) defines a coupon: its rule, validity window, how many exist and how many one buyer may hold. */
public record CreateCouponTemplateCommand(@TargetAggregateIdentifier CouponTemplateId templateId, Actor actor, String name, DiscountRule rule, Instant validFrom, Instant validUntil, int perUserLimit, long totalQuantity) {
}
