package dev.orderledger.api.account;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * What the platform paid a seller: the orders settled in the period (latest first, one page of them),
 * what was settled and what refunds took back in the period, the seller account's balance now, and the
 * paid orders still waiting for completion and settlement. The totals and the balance are absent while
 * the seller has no account yet.
 */
public record SellerSettlements(UserId sellerId, TimeRange period, Money balance, Money settledInPeriod,
                                Money chargedBackInPeriod, List<Pending> pending, int page, int size,
                                long totalOrders, List<SettledOrder> orders) {

    public SellerSettlements {
        pending = List.copyOf(pending);
        orders = List.copyOf(orders);
    }

    /**
     * One settled order: what the settlement transfer paid and when, and what refunds took back from
     * the seller since (all of them, whenever they happened).
     */
    public record SettledOrder(String orderId, TransferId transferId, Money amount, Money chargedBack,
                               Instant settledAt) {
    }

    /**
     * Paid orders not completed yet, per currency: how many, and what their buyers paid (refunds still
     * to come are taken off at completion, not here).
     */
    public record Pending(long orders, Money amount) {
    }
}
