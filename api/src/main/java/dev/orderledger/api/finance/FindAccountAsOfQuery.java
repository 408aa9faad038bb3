package dev.orderledger.api.finance;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.common.InvalidValue;

import java.time.Instant;
import java.util.Objects;

/**
 * Asks finance what an account held at an instant, from its own events in the event store, as
 * {@code GET /api/finance/accounts/{accountId}?at=} answers it: with a start ({@code from}, exclusive; null: since
 * the account opened), the postings between too. Answered with an {@link AccountBalanceAt}.
 *
 * @throws InvalidValue naming {@code from} when the period starts after it ends
 */
public record FindAccountAsOfQuery(AccountId accountId, Instant from, Instant at) {

    public FindAccountAsOfQuery {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(at, "at");
        if (from != null && from.isAfter(at)) {
            throw new InvalidValue("from", "the period starts at " + from + ", after its end " + at);
        }
    }
}
