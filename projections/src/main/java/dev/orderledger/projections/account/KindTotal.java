package dev.orderledger.projections.account;

import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.PlatformTotals;
import dev.orderledger.api.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** The balances of every account of one kind and currency added up, as the database sums them. */
public record KindTotal(AccountKind kind, String currency, BigDecimal balance, Long accounts, Long entries,
                        Instant updatedAt) {

    public PlatformTotals.Total toTotal() {
        return new PlatformTotals.Total(kind, new Money(balance, Currency.getInstance(currency)), accounts, entries,
                updatedAt);
    }
}
