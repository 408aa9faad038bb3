package dev.orderledger.projections.account;

import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountOpenedEvent;
import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.common.StoredText;
import dev.orderledger.api.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Builds {@link AccountBalanceView} and {@link AccountEntryView} rows from the Account aggregates'
 * events. A posting is recorded once per account and number, whatever arrives first or twice; the
 * balance is the one the latest posting left.
 *
 * <p>Written with plain SQL, two statements per posting (an insert that skips a posting already
 * recorded, and an upsert of the balance), in the processor's transaction; the entities are for
 * reading. Every payment posts four times, so the JPA way (a flushing existence check, a merge that
 * reads first, a find) was a tenth of the ledger's CPU under load (ADR 0013, item 10).
 */
@Component
@ProcessingGroup(AccountViewProjection.PROCESSING_GROUP)
public class AccountViewProjection {

    /** The processing group of every account view (balances, postings, journal entries). */
    public static final String PROCESSING_GROUP = "account-views";

    private final JdbcClient jdbc;
    private final AccountBalanceViewRepository balances;
    private final AccountEntryViewRepository entries;

    AccountViewProjection(JdbcClient jdbc, AccountBalanceViewRepository balances, AccountEntryViewRepository entries) {
        this.jdbc = jdbc;
        this.balances = balances;
        this.entries = entries;
    }

    @EventHandler
    void on(AccountOpenedEvent event, @Timestamp Instant openedAt) {
        AccountId account = event.accountId();
        jdbc.sql("""
                        INSERT INTO account_balance_view (account_id, kind, owner, currency, balance, entries, updated_at, last_sequence)
                        VALUES (?, ?, ?, ?, 0, 0, ?, 0)
                        ON CONFLICT (account_id) DO NOTHING""")
                .params(text(account.toString()), account.kind().name(), text(account.owner()),
                        event.currency().getCurrencyCode(), utc(openedAt))
                .update();
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

    /**
     * Records the posting and counts it on its account's balance, unless it was recorded before. A
     * posting that comes before its account's opening opens the balance row itself.
     */
    private void post(AccountId account, long entryNo, TransferId transfer, EntryDirection direction, Money amount,
                      Money balanceAfter, Instant at) {
        int recorded = jdbc.sql("""
                        INSERT INTO account_entry_view (account_id, entry_no, transfer_id, direction, amount, balance_after, currency, posted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (account_id, entry_no) DO NOTHING""")
                .params(text(account.toString()), entryNo, text(transfer.value()), direction.name(), amount.amount(),
                        balanceAfter.amount(), amount.currency().getCurrencyCode(), utc(at))
                .update();
        if (recorded == 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO account_balance_view AS b (account_id, kind, owner, currency, balance, entries, updated_at, last_sequence)
                        VALUES (?, ?, ?, ?, ?, 1, ?, ?)
                        ON CONFLICT (account_id) DO UPDATE SET
                            entries = b.entries + 1,
                            balance = CASE WHEN excluded.last_sequence > b.last_sequence THEN excluded.balance ELSE b.balance END,
                            updated_at = CASE WHEN excluded.last_sequence > b.last_sequence THEN excluded.updated_at ELSE b.updated_at END,
                            last_sequence = GREATEST(b.last_sequence, excluded.last_sequence)""")
                .params(text(account.toString()), account.kind().name(), text(account.owner()),
                        amount.currency().getCurrencyCode(), balanceAfter.amount(), utc(at), entryNo)
                .update();
    }

    static String text(String value) {
        return StoredText.clean(value);
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
