package dev.orderledger.api.marketing;

import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The coupon is usable again. */
@Revision("1")
public record CouponRedemptionRolledBackEvent(CouponId couponId, OrderId orderId, Instant at) {
}
