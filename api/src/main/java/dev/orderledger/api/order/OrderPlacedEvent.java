package dev.orderledger.api.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * An order was recorded with its priced lines and the coupon and points the buyer wants to use; it
 * is unpaid until {@code paymentDeadline}. {@code presale} is null unless the order is a presale.
 */
@Revision("1")
public record OrderPlacedEvent(
        OrderId orderId,
        UserId buyerId,
        UserId sellerId,
        OrderType type,
        List<OrderLine> lines,
        Money totalAmount,
        ShippingAddress shippingAddress,
        Instant placedAt,
        Instant paymentDeadline,
        MarketingRequest marketing,
        Presale presale) {
}
