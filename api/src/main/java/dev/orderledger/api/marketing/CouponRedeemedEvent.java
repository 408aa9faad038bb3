package dev.orderledger.api.marketing;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The coupon was used on an order for this discount. */
@Revision("1")
public record CouponRedeemedEvent(CouponId couponId, OrderId orderId, Money discount, Instant at) {
}
