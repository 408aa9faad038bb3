package dev.orderledger.api.order;

import dev.orderledger.api.security.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * A buyer places an order. The order id is chosen before checkout and is the idempotency key:
 * placing again with the same id answers with the order already placed.
 */
public record PlaceOrderCommand(
        @TargetAggregateIdentifier OrderId orderId,
        UserId buyerId,
        List<LineRequest> lines,
        ShippingAddress shippingAddress,
        Instant placedAt,
        Instant paymentDeadline,
        MarketingRequest marketing) {
}
