package dev.orderledger.app.finance;

import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.api.money.Money;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * An account as it stood at an instant, from its own events in the event store (never from a read
 * model): every posting recorded at or before that instant, and the balance the last of them left.
 * An account's events are found by its aggregate identifier, so this reads one account's history only.
 */
@Component
class AccountAsOf {

    private final JdbcTemplate jdbc;

    AccountAsOf(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account at this instant; no postings and no balance when it had not been opened yet. */
    AccountAt at(AccountId account, Instant instant) {
        List<AccountAt.Posting> postings = jdbc.query("""
                        SELECT globalindex, payloadtype, payload FROM domainevententry
                        WHERE aggregateidentifier = ? AND timestamp <= ? AND payloadtype IN (?, ?)
                        ORDER BY sequencenumber""",
                (row, number) -> posting(row.getLong(1), row.getString(2), row.getBytes(3)),
                account.toString(), DateTimeUtils.formatInstant(instant),
                AccountDebitedEvent.class.getName(), AccountCreditedEvent.class.getName());
        Money balance = postings.isEmpty() ? null : postings.get(postings.size() - 1).balanceAfter();
        return new AccountAt(account.toString(), instant, balance, postings);
    }

    private static AccountAt.Posting posting(long globalIndex, String type, byte[] payload) {
        if (type.equals(AccountDebitedEvent.class.getName())) {
            AccountDebitedEvent debit = StoredEvents.read(payload, AccountDebitedEvent.class);
            return new AccountAt.Posting(globalIndex, debit.transferId().value(), EntryDirection.DEBIT,
                    debit.amount(), debit.balanceAfter(), debit.at());
        }
        AccountCreditedEvent credit = StoredEvents.read(payload, AccountCreditedEvent.class);
        return new AccountAt.Posting(globalIndex, credit.transferId().value(), EntryDirection.CREDIT,
                credit.amount(), credit.balanceAfter(), credit.at());
    }

    /** The answer: the balance at {@code at} (absent before the account's first posting) and the postings up to it. */
    record AccountAt(String accountId, Instant at, Money balance, List<Posting> postings) {

        record Posting(long globalIndex, String transferId, EntryDirection direction, Money amount,
                       Money balanceAfter, Instant at) {
        }
    }
}
