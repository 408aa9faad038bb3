package dev.orderledger.app.finance;

import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.app.finance.JournalPayloads.Amount;
import dev.orderledger.app.finance.JournalPayloads.Transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The independent ledger view: journal entries and account postings folded in event store order.
 * It keeps every account's recorded balance and the sum of its postings, and every transfer with
 * the postings that name it; a posting whose balance after does not follow from the one before is
 * noted as it is folded. {@link Reconciliation} judges the rest once the stream is done.
 */
final class LedgerFold {

    private final Map<String, AccountBook> accounts = new HashMap<>();
    private final Map<String, Entry> transfers = new HashMap<>();
    private final List<BrokenChain> brokenChains = new ArrayList<>();
    private long events;
    private long lastGlobalIndex;

    void recorded(Transfer transfer, long globalIndex, String eventId) {
        count(globalIndex);
        entry(transfer.transferId()).recorded(transfer, globalIndex, eventId);
    }

    void opened(JournalPayloads.Opening opening, long globalIndex) {
        count(globalIndex);
        accounts.computeIfAbsent(opening.accountId(), id -> new AccountBook(id, opening.currency()));
    }

    void posted(JournalPayloads.Posting stored, EntryDirection direction, long globalIndex, String eventId) {
        count(globalIndex);
        Posting posting = new Posting(stored.accountId(), stored.transferId(), direction, stored.amount(),
                stored.balanceAfter(), globalIndex, eventId);
        AccountBook book = accounts.computeIfAbsent(posting.account(), id -> new AccountBook(id, posting.amount().currency()));
        BigDecimal expected = book.post(posting);
        if (expected == null || expected.compareTo(posting.balanceAfter().amount()) != 0) {
            brokenChains.add(new BrokenChain(posting, expected == null ? null : new Amount(expected, book.currency())));
        }
        entry(posting.transferId()).postings.add(posting);
    }

    private void count(long globalIndex) {
        events++;
        lastGlobalIndex = globalIndex;
    }

    private Entry entry(String id) {
        return transfers.computeIfAbsent(id, Entry::new);
    }

    /** How many journal events were folded. */
    long events() {
        return events;
    }

    /** The global index of the last event folded. */
    long lastGlobalIndex() {
        return lastGlobalIndex;
    }

    Collection<AccountBook> accounts() {
        return accounts.values();
    }

    Collection<Entry> transfers() {
        return transfers.values();
    }

    /** The journal entry's order reference, or null when there is no journal entry of that id. */
    String orderReferenceOf(String transferId) {
        Entry entry = transfers.get(transferId);
        return entry == null || entry.recorded == null ? null : entry.recorded.orderReference();
    }

    /** The postings whose balance after did not follow from the account's balance before and their amount. */
    List<BrokenChain> brokenChains() {
        return brokenChains;
    }

    /** A posting and the balance after it that the balance before and its amount make (null: another currency). */
    record BrokenChain(Posting posting, Amount expected) {
    }

    /** A debit or credit on one account, where it was read. */
    record Posting(String account, String transferId, EntryDirection direction, Amount amount, Amount balanceAfter,
                   long globalIndex, String eventId) {

        BigDecimal applyTo(BigDecimal before) {
            return direction == EntryDirection.DEBIT ? before.subtract(amount.amount()) : before.add(amount.amount());
        }
    }

    /** One account: its recorded balance (the latest balance after) and the balance its postings make. */
    static final class AccountBook {
        private final String id;
        private final String currency;
        private BigDecimal recorded = BigDecimal.ZERO;
        private BigDecimal journal = BigDecimal.ZERO;
        private long postings;
        private Posting last;

        AccountBook(String id, String currency) {
            this.id = id;
            this.currency = currency;
        }

        /**
         * Posts, and answers the balance after that the balance before and the amount make (null when the
         * posting is in another currency than the account, and so not counted).
         */
        private BigDecimal post(Posting posting) {
            postings++;
            last = posting;
            if (!posting.amount().currency().equals(currency) || !posting.balanceAfter().currency().equals(currency)) {
                return null;
            }
            BigDecimal expected = posting.applyTo(recorded);
            journal = posting.applyTo(journal);
            recorded = posting.balanceAfter().amount();
            return expected;
        }

        String id() {
            return id;
        }

        String currency() {
            return currency;
        }

        /** The balance after the account's latest posting: what the account believes it holds. */
        Amount recorded() {
            return new Amount(recorded, currency);
        }

        /** The sum of the account's postings, credits less debits. */
        Amount journal() {
            return new Amount(journal, currency);
        }

        boolean agrees() {
            return recorded.compareTo(journal) == 0;
        }

        long postings() {
            return postings;
        }

        /** "1 posting", "3 postings": for messages. */
        String postingsInWords() {
            return postings + (postings == 1 ? " posting" : " postings");
        }

        /** The latest posting, or null for an account opened without one. */
        Posting last() {
            return last;
        }
    }

    /** One transfer id: its journal entry (null if none was read) and every posting that names it. */
    static final class Entry {
        private final String id;
        private final List<Posting> postings = new ArrayList<>(2);
        private Transfer recorded;
        private long globalIndex;
        private String eventId;

        Entry(String id) {
            this.id = id;
        }

        private void recorded(Transfer transfer, long index, String identifier) {
            recorded = transfer;
            globalIndex = index;
            eventId = identifier;
        }

        String id() {
            return id;
        }

        Transfer recorded() {
            return recorded;
        }

        long globalIndex() {
            return globalIndex;
        }

        String eventId() {
            return eventId;
        }

        List<Posting> postings() {
            return postings;
        }
    }
}
