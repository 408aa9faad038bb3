package dev.orderledger.projections.account;

import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountOpenedEvent;
import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Builds {@link AccountBalanceView} and {@link AccountEntryView} rows from the Account aggregates'
 * events. A posting is recorded once per account and number, whatever arrives first or twice; the
 * balance is the one the latest posting left.
 */
@Component
@ProcessingGroup(AccountViewProjection.PROCESSING_GROUP)
public class AccountViewProjection {

    /** The processing group of every account view (balances, postings, journal entries). */
    public static final String PROCESSING_GROUP = "account-views";

    private final AccountBalanceViewRepository balances;
    private final AccountEntryViewRepository entries;

    AccountViewProjection(AccountBalanceViewRepository balances, AccountEntryViewRepository entries) {
        this.balances = balances;
        this.entries = entries;
    }

    @EventHandler
    void on(AccountOpenedEvent event, @Timestamp Instant openedAt) {
        if (!balances.existsById(event.accountId().toString())) {
            balances.save(new AccountBalanceView(event.accountId(), event.currency(), openedAt));
        }
    }

    @EventHandler
    void on(AccountDebitedEvent event, @SequenceNumber long sequence) {
        post(event.accountId(), sequence, event.transferId(), EntryDirection.DEBIT, event.amount(), event.balanceAfter(),
                event.at());
    }

    @EventHandler
    void on(AccountCreditedEvent event, @SequenceNumber long sequence) {
        post(event.accountId(), sequence, event.transferId(), EntryDirection.CREDIT, event.amount(), event.balanceAfter(),
                event.at());
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
        balances.deleteAllInBatch();
    }

    /** Records the posting and counts it on its account's balance, unless it was recorded before. */
    private void post(AccountId account, long entryNo, TransferId transfer, EntryDirection direction, Money amount,
                      Money balanceAfter, Instant at) {
        if (entries.existsById(new AccountEntryView.Key(account, entryNo))) {
            return;
        }
        entries.save(new AccountEntryView(account, entryNo, transfer, direction, amount, balanceAfter, at));
        AccountBalanceView balance = balances.findById(account.toString())
                .orElseGet(() -> balances.save(new AccountBalanceView(account, amount.currency(), at)));
        balance.posted(entryNo, balanceAfter, at);
    }
}
