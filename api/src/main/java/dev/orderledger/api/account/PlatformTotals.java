package dev.orderledger.api.account;

import dev.orderledger.api.money.Money;

import java.time.Instant;
import java.util.List;

/** The platform's balances, one per kind of platform account (and currency) with its shards added up. */
public record PlatformTotals(List<Total> totals) {

    public PlatformTotals {
        totals = List.copyOf(totals);
    }

    /** One platform kind: the sum of its shards' balances, how many shards are open, their entries, the latest posting. */
    public record Total(AccountKind kind, Money balance, long shards, long entries, Instant updatedAt) {
    }
}
