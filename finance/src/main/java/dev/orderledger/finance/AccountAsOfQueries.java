package dev.orderledger.finance;

import dev.orderledger.api.finance.AccountBalanceAt;
import dev.orderledger.api.finance.FindAccountAsOfQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindAccountAsOfQuery} for other modules (the console) with the account the API shows. */
@Component
class AccountAsOfQueries {

    private final AccountAsOf accounts;

    AccountAsOfQueries(AccountAsOf accounts) {
        this.accounts = accounts;
    }

    @QueryHandler
    AccountBalanceAt handle(FindAccountAsOfQuery query) {
        AccountAsOf.AccountAt account = accounts.between(query.accountId(), query.from(), query.at());
        return new AccountBalanceAt(account.accountId(), account.from(), account.at(), account.openingBalance(),
                account.balance(), account.postings().stream().map(posting -> new AccountBalanceAt.Posting(
                        posting.globalIndex(), posting.transferId(), posting.direction(), posting.amount(),
                        posting.balanceAfter(), posting.at())).toList());
    }
}
