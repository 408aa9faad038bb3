package dev.orderledger.api.marketing;

import dev.orderledger.api.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The order did not go through: the coupon can be used again. Rolling back what is not redeemed by that order changes nothing. */
public record RollBackCouponRedemptionCommand(@TargetAggregateIdentifier CouponId couponId, OrderId orderId, Instant at) {
}
