package dev.orderledger.api.order;

import dev.orderledger.api.common.BusinessRuleViolation;

/**
 * Placement refused the order (no stock, a coupon or points that could not be redeemed...): the API
 * answers 422 with the order id and the {@link CancellationReason} as the reason.
 */
public class PlacementRejected extends BusinessRuleViolation {

    private final OrderId orderId;

    public PlacementRejected(OrderId orderId, CancellationReason reason, String detail) {
        super(reason.name(), "order " + orderId + " was not placed: " + describe(reason)
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"));
        this.orderId = orderId;
    }

    public OrderId orderId() {
        return orderId;
    }

    private static String describe(CancellationReason reason) {
        return switch (reason) {
            case STOCK_SHORTAGE -> "not enough stock for its lines";
            case MARKETING_REFUSED -> "its coupon or points could not be redeemed";
            case RISK_CONTROL -> "risk control refused it";
            default -> "it was cancelled (" + reason + ")";
        };
    }
}
