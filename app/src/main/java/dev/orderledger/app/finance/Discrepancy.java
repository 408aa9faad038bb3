package dev.orderledger.app.finance;

import java.util.Comparator;
import java.util.List;

/**
 * One thing in the books that is not as it must be.
 *
 * @param check          which rule it breaks
 * @param account        the account concerned ({@code kind:owner}), or null for a rule over all accounts
 * @param orderReference the order (or pay order) the money moved for, when the journal knows it
 * @param transferId     the journal entry concerned, if any
 * @param amount         the amount in question ({@code 12.50 CNY})
 * @param globalIndexes  the events involved, by their position in the event store, ascending
 * @param eventIds       the same events by their identifiers
 * @param detail         what is wrong, in words
 */
public record Discrepancy(Check check, String account, String orderReference, String transferId, String amount,
                          List<Long> globalIndexes, List<String> eventIds, String detail) {

    /** The order of discrepancies in a report, so that two replays of the same events print the same report. */
    static final Comparator<Discrepancy> ORDER = Comparator.comparing(Discrepancy::check)
            .thenComparing(Discrepancy::account, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(discrepancy -> discrepancy.globalIndexes().isEmpty() ? -1L : discrepancy.globalIndexes().get(0))
            .thenComparing(Discrepancy::transferId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Discrepancy::detail);

    public Discrepancy {
        globalIndexes = List.copyOf(globalIndexes);
        eventIds = List.copyOf(eventIds);
    }

    /** The rules the reconciliation checks. */
    public enum Check {
        /** A journal entry has exactly one debit on {@code from} and one credit on {@code to}, of its amount. */
        TRANSFER_SIDES,
        /** Each posting's balance after is the balance before it plus or minus its amount; the last one is the sum of the postings. */
        ACCOUNT_BALANCE,
        /** The balances of all accounts, clearing accounts included, add up to zero in each currency. */
        MONEY_CONSERVED,
        /** The account balance read model shows the replayed balance. */
        READ_MODEL
    }
}
