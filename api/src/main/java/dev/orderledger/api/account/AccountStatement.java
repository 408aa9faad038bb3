package dev.orderledger.api.account;

import java.util.List;

/** One page of an account's statement: its entries in the period, and how many there are in all. */
public record AccountStatement(AccountId accountId, TimeRange period, int page, int size, long totalEntries,
                               List<StatementEntry> entries) {

    public AccountStatement {
        entries = List.copyOf(entries);
    }
}
