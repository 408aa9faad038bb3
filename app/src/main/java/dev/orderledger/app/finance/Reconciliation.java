package dev.orderledger.app.finance;

import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.app.finance.Discrepancy.Check;
import dev.orderledger.app.finance.JournalPayloads.Amount;
import dev.orderledger.app.finance.JournalPayloads.Transfer;
import dev.orderledger.app.finance.LedgerFold.AccountBook;
import dev.orderledger.app.finance.LedgerFold.Entry;
import dev.orderledger.app.finance.LedgerFold.Posting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The checks over a folded ledger: each transfer's two sides, each account's balance against its
 * postings, and the conservation of money (all balances, clearing accounts included, add up to zero
 * in each currency: every transfer takes from one account what it gives another).
 */
final class Reconciliation {

    private final LedgerFold ledger;
    private final List<Discrepancy> found = new ArrayList<>();

    private Reconciliation(LedgerFold ledger) {
        this.ledger = ledger;
    }

    /** Checks the folded ledger and reports, for this scope of the replay, with what other checks found. */
    static ReconciliationReport check(LedgerFold ledger, ReplayScope scope, List<Discrepancy> foundElsewhere) {
        Reconciliation reconciliation = new Reconciliation(ledger);
        reconciliation.found.addAll(foundElsewhere);
        ledger.transfers().forEach(reconciliation::checkSides);
        ledger.brokenChains().forEach(reconciliation::brokenChain);
        ledger.accounts().forEach(reconciliation::checkBalance);
        Map<String, String> sums = reconciliation.checkConservation();
        List<Discrepancy> discrepancies = reconciliation.found.stream().sorted(Discrepancy.ORDER).toList();
        return new ReconciliationReport(scope.table(), scope.upToGlobalIndex(),
                scope.until() == null ? null : scope.until().toString(), ledger.events(), ledger.lastGlobalIndex(),
                ledger.accounts().size(), ledger.transfers().stream().filter(entry -> entry.recorded() != null).count(),
                sums, discrepancies);
    }

    private void checkSides(Entry entry) {
        Transfer recorded = entry.recorded();
        if (recorded == null) {
            Posting first = entry.postings().get(0);
            report(first.account(), null, entry, first.amount(), "postings without a journal entry");
            return;
        }
        checkSide(entry, EntryDirection.DEBIT, recorded.from(), recorded);
        checkSide(entry, EntryDirection.CREDIT, recorded.to(), recorded);
    }

    private void checkSide(Entry entry, EntryDirection direction, String account, Transfer recorded) {
        List<Posting> side = entry.postings().stream().filter(posting -> posting.direction() == direction).toList();
        if (side.size() == 1 && side.get(0).account().equals(account) && same(side.get(0).amount(), recorded.amount())) {
            return;
        }
        String posted = side.isEmpty() ? "none" : String.join(", ",
                side.stream().map(posting -> posting.amount() + " on " + posting.account()).toList());
        report(account, recorded.orderReference(), entry, recorded.amount(),
                "the journal entry moves " + recorded.amount() + " from " + recorded.from() + " to " + recorded.to()
                + "; its " + direction.name().toLowerCase() + " side posted " + posted);
    }

    private void brokenChain(LedgerFold.BrokenChain broken) {
        Posting posting = broken.posting();
        String detail = broken.expected() == null
                ? "a posting in another currency than the account's"
                : "balance after is " + posting.balanceAfter() + ", the balance before "
                  + posting.direction().name().toLowerCase() + "ed with " + posting.amount() + " makes " + broken.expected();
        found.add(new Discrepancy(Check.ACCOUNT_BALANCE, posting.account(), ledger.orderReferenceOf(posting.transferId()),
                posting.transferId(), posting.amount().toString(), List.of(posting.globalIndex()),
                List.of(posting.eventId()), detail));
    }

    private void checkBalance(AccountBook book) {
        if (book.agrees()) {
            return;
        }
        Posting last = book.last();
        Amount difference = new Amount(book.recorded().amount().subtract(book.journal().amount()), book.currency());
        found.add(new Discrepancy(Check.ACCOUNT_BALANCE, book.id(), ledger.orderReferenceOf(last.transferId()),
                last.transferId(), difference.toString(), List.of(last.globalIndex()), List.of(last.eventId()),
                "balance " + book.recorded() + " after " + book.postingsInWords() + ", their sum is " + book.journal()));
    }

    private Map<String, String> checkConservation() {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (AccountBook book : ledger.accounts()) {
            sums.merge(book.currency(), book.recorded().amount(), BigDecimal::add);
        }
        Map<String, String> printed = new TreeMap<>();
        sums.forEach((currency, sum) -> {
            Amount total = new Amount(sum, currency);
            printed.put(currency, sum.toPlainString());
            if (sum.signum() != 0) {
                found.add(new Discrepancy(Check.MONEY_CONSERVED, null, null, null, total.toString(), List.of(), List.of(),
                        "the balances of all accounts in " + currency + " add up to " + total + ", not zero"));
            }
        });
        return printed;
    }

    private void report(String account, String orderReference, Entry entry, Amount amount, String detail) {
        Stream<EventRef> postings = entry.postings().stream().map(posting -> new EventRef(posting.globalIndex(), posting.eventId()));
        List<EventRef> events = (entry.recorded() == null ? postings
                : Stream.concat(Stream.of(new EventRef(entry.globalIndex(), entry.eventId())), postings))
                .sorted(Comparator.comparingLong(EventRef::globalIndex)).toList();
        found.add(new Discrepancy(Check.TRANSFER_SIDES, account, orderReference, entry.id(), amount.toString(),
                events.stream().map(EventRef::globalIndex).toList(), events.stream().map(EventRef::eventId).toList(), detail));
    }

    private static boolean same(Amount one, Amount other) {
        return one.currency().equals(other.currency()) && one.amount().compareTo(other.amount()) == 0;
    }

    private record EventRef(long globalIndex, String eventId) {
    }
}
