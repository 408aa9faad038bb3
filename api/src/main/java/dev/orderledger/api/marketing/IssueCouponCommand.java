package dev.orderledger.api.marketing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Gives a buyer one coupon of a template, within the template's quantity, per-user limit and window. */
public record IssueCouponCommand(@TargetAggregateIdentifier CouponTemplateId templateId, CouponId couponId, String userId, Instant at) {
}
