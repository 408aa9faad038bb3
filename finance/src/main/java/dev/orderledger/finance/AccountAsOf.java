package dev.orderledger.finance;

import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.money.Money;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * An account as it stood at an instant, from its own events in the event store (never from a read
 * model): every posting recorded at or before that instant, and the balance the last of them left;
 * or, given a start, the statement of the period: the balance at its start, the postings recorded
 * after it up to the instant, and the balance at the end. An account's events are found by its
 * aggregate identifier, so this reads one account's history only.
 */
@Component
class AccountAsOf {

    private final JdbcTemplate jdbc;
    private final StoredEvents events;

    AccountAsOf(JdbcTemplate jdbc, StoredEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The account at this instant, or from {@code from} (exclusive; null: from its opening) to it (inclusive):
     * the balance at the start (null when there is no start or the account had no posting by then),
     * the postings recorded in between and the balance at the end (null before the first posting).
     */
    AccountAt between(AccountId account, Instant from, Instant instant) {
        if (from != null && from.isAfter(instant)) {
            throw new InvalidValue("from", "the period starts at " + from + ", after its end " + instant);
        }
        List<AccountAt.Posting> opening = from == null ? List.of() : postings(account, null, from, true);
        List<AccountAt.Posting> postings = postings(account, from, instant, false);
        Money openingBalance = opening.isEmpty() ? null : opening.get(0).balanceAfter();
        Money balance = postings.isEmpty() ? openingBalance : postings.get(postings.size() - 1).balanceAfter();
        return new AccountAt(account.toString(), from, instant, openingBalance, balance, postings);
    }

    /**
     * The account's postings stored after {@code after} (null: from the first) up to {@code upTo}
     * inclusive, in order; or, {@code lastOnly}, just the last of them (one row from the index on the
     * aggregate's sequence, however long the account's history).
     */
    private List<AccountAt.Posting> postings(AccountId account, Instant after, Instant upTo, boolean lastOnly) {
        return jdbc.query("SELECT globalindex, payloadtype, payload FROM domainevententry"
                          + " WHERE aggregateidentifier = ? AND payloadtype IN (?, ?) AND timestamp <= ?"
                          + (after == null ? "" : " AND timestamp > ?")
                          + (lastOnly ? " ORDER BY sequencenumber DESC LIMIT 1" : " ORDER BY sequencenumber"),
                (row, number) -> posting(row.getLong(1), row.getString(2), row.getBytes(3)),
                after == null
                        ? new Object[]{account.toString(), AccountDebitedEvent.class.getName(), AccountCreditedEvent.class.getName(),
                                DateTimeUtils.formatInstant(upTo)}
                        : new Object[]{account.toString(), AccountDebitedEvent.class.getName(), AccountCreditedEvent.class.getName(),
                                DateTimeUtils.formatInstant(upTo), DateTimeUtils.formatInstant(after)});
    }

    private AccountAt.Posting posting(long globalIndex, String type, byte[] payload) {
        if (type.equals(AccountDebitedEvent.class.getName())) {
            AccountDebitedEvent debit = events.read(payload, AccountDebitedEvent.class);
            return new AccountAt.Posting(globalIndex, debit.transferId().value(), EntryDirection.DEBIT,
                    debit.amount(), debit.balanceAfter(), debit.at());
        }
        AccountCreditedEvent credit = events.read(payload, AccountCreditedEvent.class);
        return new AccountAt.Posting(globalIndex, credit.transferId().value(), EntryDirection.CREDIT,
                credit.amount(), credit.balanceAfter(), credit.at());
    }

    /**
     * The answer: the balance at {@code from} (when asked for a period), the postings after it up to
     * {@code at}, and the balance at {@code at} (absent before the account's first posting).
     */
    record AccountAt(String accountId, Instant from, Instant at, Money openingBalance, Money balance, List<Posting> postings) {

        record Posting(long globalIndex, String transferId, EntryDirection direction, Money amount,
                       Money balanceAfter, Instant at) {
        }
    }
}
