package dev.orderledger.app.finance;

import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountOpenedEvent;
import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.money.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
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

    private final Map<AccountId, AccountBook> accounts = new HashMap<>();
    private final Map<TransferId, Entry> transfers = new HashMap<>();
    private final List<BrokenChain> brokenChains = new ArrayList<>();
    private long events;
    private long lastGlobalIndex;

    /** Folds one event; events of other types are ignored. Events must come in ascending global index. */
    void apply(long globalIndex, String eventId, Object payload) {
        events++;
        lastGlobalIndex = globalIndex;
        if (payload instanceof TransferRecordedEvent recorded) {
            entry(recorded.transferId()).recorded(recorded, globalIndex, eventId);
        } else if (payload instanceof AccountDebitedEvent debit) {
            post(new Posting(debit.accountId(), debit.transferId(), EntryDirection.DEBIT, debit.amount(),
                    debit.balanceAfter(), debit.at(), globalIndex, eventId));
        } else if (payload instanceof AccountCreditedEvent credit) {
            post(new Posting(credit.accountId(), credit.transferId(), EntryDirection.CREDIT, credit.amount(),
                    credit.balanceAfter(), credit.at(), globalIndex, eventId));
        } else if (payload instanceof AccountOpenedEvent opened) {
            accounts.computeIfAbsent(opened.accountId(), id -> new AccountBook(id, opened.currency()));
        } else {
            events--;
        }
    }

    private void post(Posting posting) {
        AccountBook book = accounts.computeIfAbsent(posting.account(),
                id -> new AccountBook(id, posting.amount().currency()));
        Money expected = book.post(posting);
        if (expected == null || !expected.equals(posting.balanceAfter())) {
            brokenChains.add(new BrokenChain(posting, expected));
        }
        entry(posting.transferId()).postings.add(posting);
    }

    private Entry entry(TransferId id) {
        return transfers.computeIfAbsent(id, Entry::new);
    }

    long events() {
        return events;
    }

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
    String orderReferenceOf(TransferId id) {
        Entry entry = transfers.get(id);
        return entry == null || entry.recorded == null ? null : entry.recorded.orderReference();
    }

    /** The postings whose balance after did not follow from the account's balance before and their amount. */
    List<BrokenChain> brokenChains() {
        return brokenChains;
    }

    /** A posting and the balance after it that the balance before and its amount make (null: another currency). */
    record BrokenChain(Posting posting, Money expected) {
    }

    /** A debit or credit on one account, where it was read. */
    record Posting(AccountId account, TransferId transferId, EntryDirection direction, Money amount,
                   Money balanceAfter, Instant at, long globalIndex, String eventId) {

        Money applyTo(Money before) {
            return direction == EntryDirection.DEBIT ? before.minus(amount) : before.plus(amount);
        }
    }

    /** One account: its recorded balance (the latest balance after), the balance its postings make, what it held before the latest. */
    static final class AccountBook {
        private final AccountId id;
        private final Currency currency;
        private Money recorded;
        private Money journal;
        private long postings;
        private Posting last;

        AccountBook(AccountId id, Currency currency) {
            this.id = id;
            this.currency = currency;
            this.recorded = Money.zero(currency);
            this.journal = recorded;
        }

        /**
         * Posts, and answers the balance after that the balance before and the amount make (null when the
         * posting is in another currency than the account, and so not counted).
         */
        private Money post(Posting posting) {
            postings++;
            last = posting;
            if (!posting.amount().currency().equals(currency) || !posting.balanceAfter().currency().equals(currency)) {
                return null;
            }
            Money expected = posting.applyTo(recorded);
            journal = posting.applyTo(journal);
            recorded = posting.balanceAfter();
            return expected;
        }

        AccountId id() {
            return id;
        }

        Currency currency() {
            return currency;
        }

        /** The balance after the account's latest posting: what the account believes it holds. */
        Money recorded() {
            return recorded;
        }

        /** The sum of the account's postings, credits less debits. */
        Money journal() {
            return journal;
        }

        long postings() {
            return postings;
        }

        /** The latest posting, or null for an account opened without one. */
        Posting last() {
            return last;
        }
    }

    /** One transfer id: its journal entry (null if none was read) and every posting that names it. */
    static final class Entry {
        private final TransferId id;
        private final List<Posting> postings = new ArrayList<>(2);
        private TransferRecordedEvent recorded;
        private long globalIndex;
        private String eventId;

        Entry(TransferId id) {
            this.id = id;
        }

        private void recorded(TransferRecordedEvent event, long index, String identifier) {
            recorded = event;
            globalIndex = index;
            eventId = identifier;
        }

        TransferId id() {
            return id;
        }

        TransferRecordedEvent recorded() {
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
