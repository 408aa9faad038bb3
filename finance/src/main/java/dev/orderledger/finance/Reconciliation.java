package dev.orderledger.finance;

import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.finance.Discrepancy.Check;
import dev.orderledger.finance.LedgerFold.AccountBook;
import dev.orderledger.finance.LedgerFold.Entry;
import dev.orderledger.finance.LedgerFold.Posting;
import dev.orderledger.finance.LedgerFold.RecordedTransfer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks over a replayed history. The journal's own: each transfer's two sides, each account's
 * balance against its postings, and the conservation of money (all balances, clearing accounts
 * included, add up to zero in each currency: every transfer takes from one account what it gives
 * another). Then each other part's, against the journal where money is concerned: payments, refunds,
 * stock and coupons.
 */
final class Reconciliation {

    private final LedgerFold ledger;
    private final List<Discrepancy> found = new ArrayList<>();

    private Reconciliation(LedgerFold ledger) {
        this.ledger = ledger;
    }

    /**
     * Checks the replayed history and reports, for this scope of the replay, with what other checks
     * found. A payment younger than {@code inFlight} at the end of the replay whose journal entries are
     * not all there yet is still being processed, and is counted rather than reported.
     */
    static ReconciliationReport check(ReplayedHistory history, ReplayScope scope, List<Discrepancy> foundElsewhere,
                                      Duration inFlight) {
        LedgerFold ledger = history.ledger();
        Reconciliation reconciliation = new Reconciliation(ledger);
        reconciliation.found.addAll(foundElsewhere);
        reconciliation.found.addAll(history.unreadable());
        ledger.transfers().forEach(reconciliation::checkSides);
        ledger.brokenChains().forEach(reconciliation::brokenChain);
        ledger.recordedAgain().forEach(again -> reconciliation.found.add(Discrepancy.of(Check.TRANSFER_SIDES, again.again().from(),
                null, again.again().orderReference(), again.again().transferId(), again.again().amount(),
                List.of(again.firstAt(), again.againAt()), "the journal entry " + again.again().transferId()
                + " is recorded twice: " + again.first().amount() + " from " + again.first().from() + " to "
                + again.first().to() + ", then " + again.again().amount() + " from " + again.again().from() + " to "
                + again.again().to())));
        ledger.accounts().forEach(reconciliation::checkBalance);
        Map<String, String> sums = reconciliation.checkConservation();
        PaymentFold.Checked payments = history.payments().check(ledger, history.end(), inFlight);
        reconciliation.found.addAll(payments.found());
        reconciliation.found.addAll(history.refunds().check(ledger, history.payments()));
        reconciliation.found.addAll(history.stock().check());
        reconciliation.found.addAll(history.coupons().check());
        List<Discrepancy> discrepancies = reconciliation.found.stream().sorted(Discrepancy.ORDER).toList();
        return new ReconciliationReport(scope.table(), scope.upToGlobalIndex(),
                scope.until() == null ? null : scope.until().toString(), history.events(), history.lastGlobalIndex(),
                ledger.accounts().size(), ledger.transfers().stream().filter(entry -> entry.recorded() != null).count(),
                history.payments().paid(), payments.inFlight(), history.refunds().refunds(), history.stock().skus(),
                history.coupons().redeemed(), sums, kindSums(ledger), discrepancies);
    }

    /** Per kind of account (the account id's {@code kind:} prefix) and currency: how many accounts, their balances' sum. */
    private static List<ReconciliationReport.KindSum> kindSums(LedgerFold ledger) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (AccountBook book : ledger.accounts()) {
            String key = kindOf(book.id()) + " " + book.currency();
            sums.merge(key, book.recorded().amount(), BigDecimal::add);
            counts.merge(key, 1L, Long::sum);
        }
        return sums.entrySet().stream().map(sum -> {
            String[] kindAndCurrency = sum.getKey().split(" ", 2);
            return new ReconciliationReport.KindSum(kindAndCurrency[0], kindAndCurrency[1], counts.get(sum.getKey()),
                    sum.getValue().toPlainString());
        }).toList();
    }

    private static String kindOf(String accountId) {
        int colon = accountId.indexOf(':');
        return colon < 0 ? accountId : accountId.substring(0, colon);
    }

    private void checkSides(Entry entry) {
        RecordedTransfer recorded = entry.recorded();
        if (recorded == null) {
            Posting first = entry.postings().get(0);
            report(first.account(), null, entry, first.amount(), "postings without a journal entry");
            return;
        }
        checkSide(entry, EntryDirection.DEBIT, recorded.from(), recorded);
        checkSide(entry, EntryDirection.CREDIT, recorded.to(), recorded);
    }

    private void checkSide(Entry entry, EntryDirection direction, String account, RecordedTransfer recorded) {
        List<Posting> side = entry.postings().stream().filter(posting -> posting.direction() == direction).toList();
        if (side.size() == 1 && side.get(0).account().equals(account) && side.get(0).amount().sameAs(recorded.amount())) {
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
        found.add(Discrepancy.of(Check.ACCOUNT_BALANCE, posting.account(), null, ledger.orderReferenceOf(posting.transferId()),
                posting.transferId(), posting.amount(), List.of(posting.at()), detail));
    }

    private void checkBalance(AccountBook book) {
        if (book.agrees()) {
            return;
        }
        Posting last = book.last();
        Amount difference = new Amount(book.recorded().amount().subtract(book.journal().amount()), book.currency());
        found.add(Discrepancy.of(Check.ACCOUNT_BALANCE, book.id(), null, ledger.orderReferenceOf(last.transferId()),
                last.transferId(), difference, List.of(last.at()),
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
                found.add(Discrepancy.of(Check.MONEY_CONSERVED, null, null, null, null, total, List.of(),
                        "the balances of all accounts in " + currency + " add up to " + total + ", not zero"));
            }
        });
        return printed;
    }

    private void report(String account, String orderReference, Entry entry, Amount amount, String detail) {
        found.add(Discrepancy.of(Check.TRANSFER_SIDES, account, null, orderReference, entry.id(), amount, entry.events(), detail));
    }
}
