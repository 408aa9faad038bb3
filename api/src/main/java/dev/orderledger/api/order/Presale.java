package dev.orderledger.api.order;

import dev.orderledger.api.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * A presale order's terms: the deposit of each line (deposit per unit × quantity), their sum, and
 * the window in which the balance is paid.
 */
public record Presale(List<Money> lineDeposits, Money deposit, Instant balanceFrom, Instant balanceUntil) {
}
