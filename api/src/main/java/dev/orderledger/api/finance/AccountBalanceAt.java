package dev.orderledger.api.finance;

import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.api.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * An account as it stood at an instant: the balance at the period's start ({@code from}; null without a start or
 * before the account's first posting), the postings recorded after it up to {@code at}, each with its transfer and
 * the balance it left, and the balance at {@code at} (null before the account's first posting).
 */
public record AccountBalanceAt(String accountId, Instant from, Instant at, Money openingBalance, Money balance,
                          List<Posting> postings) {

    public AccountBalanceAt {
        postings = List.copyOf(postings);
    }

    /** One debit or credit: where the event store holds it, its journal entry (transfer), and the balance after. */
    public record Posting(long globalIndex, String transferId, EntryDirection direction, Money amount,
                          Money balanceAfter, Instant at) {
    }
}
