package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Gives a buyer one coupon of a template, within the template's quantity, per-user limit and window. */
public record IssueCouponCommand(@TargetAggregateIdentifier CouponTemplateId templateId, CouponId couponId, UserId userId, Instant at) {
}
