package dev.orderledger.api.account;

/** Asks for the platform's balance per kind of platform account, its shards added up: {@link PlatformTotals}. */
public record FindPlatformTotalsQuery() {
}
