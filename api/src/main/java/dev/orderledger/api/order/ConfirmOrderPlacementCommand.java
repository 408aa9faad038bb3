package dev.orderledger.api.order;

import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Placement took what it needed (stock, coupon, points): the order awaits payment, with the discount allocated to its lines. */
public record ConfirmOrderPlacementCommand(@TargetAggregateIdentifier OrderId orderId, Money discount, CouponId couponId, long pointsUsed) {
}
