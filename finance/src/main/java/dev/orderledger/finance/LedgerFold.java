package dev.orderledger.finance;

import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountOpenedEvent;
import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.api.account.TransferRecordedEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final List<RecordedAgain> recordedAgain = new ArrayList<>();

    /** The events a journal entry is made of: the entry and its two postings, appended in one unit of work. */
    static final List<Class<?>> ENTRY_EVENTS = List.of(TransferRecordedEvent.class, AccountDebitedEvent.class,
            AccountCreditedEvent.class);

    static void readFrom(StoredPayloads payloads) {
        payloads.on(TransferRecordedEvent.class, RecordedTransfer.class, (history, transfer, at) -> history.ledger().recorded(transfer, at));
        payloads.on(AccountOpenedEvent.class, Opening.class, (history, opening, at) -> history.ledger().opened(opening));
        payloads.on(AccountDebitedEvent.class, Posted.class,
                (history, posted, at) -> history.ledger().posted(posted, EntryDirection.DEBIT, at));
        payloads.on(AccountCreditedEvent.class, Posted.class,
                (history, posted, at) -> history.ledger().posted(posted, EntryDirection.CREDIT, at));
    }

    void recorded(RecordedTransfer transfer, EventRef at) {
        Entry entry = entry(transfer.transferId());
        if (entry.recorded != null) {
            recordedAgain.add(new RecordedAgain(entry.recorded, entry.at, transfer, at));
            return;
        }
        entry.recorded(transfer, at);
    }

    void opened(Opening opening) {
        accounts.computeIfAbsent(opening.accountId(), id -> new AccountBook(id, opening.currency()));
    }

    void posted(Posted stored, EntryDirection direction, EventRef at) {
        Posting posting = new Posting(stored.accountId(), stored.transferId(), direction, stored.amount(),
                stored.balanceAfter(), at);
        AccountBook book = accounts.computeIfAbsent(posting.account(), id -> new AccountBook(id, posting.amount().currency()));
        BigDecimal expected = book.post(posting);
        if (expected == null || expected.compareTo(posting.balanceAfter().amount()) != 0) {
            brokenChains.add(new BrokenChain(posting, expected == null ? null : new Amount(expected, book.currency())));
        }
        entry(posting.transferId()).postings.add(posting);
    }

    private Entry entry(String id) {
        return transfers.computeIfAbsent(id, Entry::new);
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

    /**
     * The ids of the journal entries read only in part: an entry without both its postings, or
     * postings without their entry. A replay bounded by an index or an instant can cut an entry whose
     * events were committed around the bound; it then reads on for the rest of those.
     */
    Set<String> openEntries() {
        Set<String> open = new HashSet<>();
        transfers.values().forEach(entry -> {
            if (!entry.complete()) {
                open.add(entry.id());
            }
        });
        return open;
    }

    /** The global index of the first event read of these entries (Long.MAX_VALUE for none). */
    long firstIndexOf(Set<String> entries) {
        return entries.stream().map(transfers::get).flatMap(entry -> entry.events().stream())
                .mapToLong(EventRef::globalIndex).min().orElse(Long.MAX_VALUE);
    }

    /** Whether the entry of this id now has its entry and both postings. */
    boolean complete(String transferId) {
        Entry entry = transfers.get(transferId);
        return entry != null && entry.complete();
    }

    /** Whether a payload read is part of one of these entries (an entry or a posting). */
    static boolean partOf(Object read, Set<String> entries) {
        return read instanceof RecordedTransfer transfer ? entries.contains(transfer.transferId())
                : read instanceof Posted posted && entries.contains(posted.transferId());
    }

    /** The journal entry of this id, or null when none was recorded. */
    Entry recordedEntry(String transferId) {
        Entry entry = transfers.get(transferId);
        return entry == null || entry.recorded == null ? null : entry;
    }

    /** The postings whose balance after did not follow from the account's balance before and their amount. */
    List<BrokenChain> brokenChains() {
        return brokenChains;
    }

    /** The journal entries recorded a second time under an id already taken (the first one counts). */
    List<RecordedAgain> recordedAgain() {
        return recordedAgain;
    }

    /** A journal entry id recorded twice: the entry that counts and the one that came again. */
    record RecordedAgain(RecordedTransfer first, EventRef firstAt, RecordedTransfer again, EventRef againAt) {
    }

    /** A posting and the balance after it that the balance before and its amount make (null: another currency). */
    record BrokenChain(Posting posting, Amount expected) {
    }

    /** A debit or credit on one account, where it was read. */
    record Posting(String account, String transferId, EntryDirection direction, Amount amount, Amount balanceAfter,
                   EventRef at) {

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
        private RecordedTransfer recorded;
        private EventRef at;

        Entry(String id) {
            this.id = id;
        }

        private void recorded(RecordedTransfer transfer, EventRef where) {
            recorded = transfer;
            at = where;
        }

        String id() {
            return id;
        }

        RecordedTransfer recorded() {
            return recorded;
        }

        private boolean complete() {
            return recorded != null && postings.size() >= 2;
        }

        /** Where the journal entry was read (null when none was). */
        EventRef at() {
            return at;
        }

        /** The entry and its postings, in store order. */
        List<EventRef> events() {
            List<EventRef> events = new ArrayList<>(postings.size() + 1);
            if (at != null) {
                events.add(at);
            }
            postings.forEach(posting -> events.add(posting.at()));
            events.sort(EventRef.IN_STORE_ORDER);
            return events;
        }

        List<Posting> postings() {
            return postings;
        }
    }

    /** What the fold reads of a {@link TransferRecordedEvent}. */
    record RecordedTransfer(String transferId, String from, String to, Amount amount, String orderReference) {
    }

    /** What the fold reads of an {@link AccountOpenedEvent}. */
    record Opening(String accountId, String currency) {
    }

    /** What the fold reads of an {@link AccountDebitedEvent} or {@link AccountCreditedEvent}. */
    record Posted(String accountId, String transferId, Amount amount, Amount balanceAfter) {
    }
}
