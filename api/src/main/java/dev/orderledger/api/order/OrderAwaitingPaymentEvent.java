package dev.orderledger.api.order;

import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.money.Money;
import org.axonframework.serialization.Revision;

import java.util.List;

/** Placement is done: this is what the buyer pays, the discount allocated to each line (same order as the lines). */
@Revision("1")
public record OrderAwaitingPaymentEvent(OrderId orderId, List<Money> lineDiscounts, Money discount, Money payable, CouponId couponId, long pointsUsed) {
}
