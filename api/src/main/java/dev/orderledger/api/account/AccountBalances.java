package dev.orderledger.api.account;

import java.util.List;

/** Several accounts' balances, the answer to {@link FindMyAccountsQuery}. */
public record AccountBalances(List<AccountBalance> accounts) {

    public AccountBalances {
        accounts = List.copyOf(accounts);
    }
}
