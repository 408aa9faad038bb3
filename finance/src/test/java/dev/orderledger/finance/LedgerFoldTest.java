package dev.orderledger.finance;

import dev.orderledger.api.security.UserId;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.finance.Discrepancy.Check;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.orderledger.finance.StoredHistory.AT;
import static dev.orderledger.finance.StoredHistory.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The fold and the checks on hand-made event sequences, without Spring or a database. */
class LedgerFoldTest {

    private static final AccountId GATEWAY = new AccountId(AccountKind.PLATFORM_GATEWAY, "3");
    private static final AccountId CLEARING = new AccountId(AccountKind.PLATFORM_CLEARING, "3");
    private static final AccountId SELLER = AccountId.seller(UserId.of("10000001"));

    private final StoredHistory history = new StoredHistory();
    private final List<Object> events = history.events;

    @Test
    void aHealthyJournalBalances() {
        history.transfer("pay:p-1", GATEWAY, CLEARING, "100.00", "o-1");
        history.transfer("settle:o-1", CLEARING, SELLER, "100.00", "o-1");
        history.transfer("pay:p-2", GATEWAY, CLEARING, "20.50", "o-2");

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.balanced()).isTrue();
        assertThat(report.transfers()).isEqualTo(3);
        assertThat(report.accounts()).isEqualTo(3);
        assertThat(report.events()).isEqualTo(events.size());
        assertThat(report.balanceSums()).containsExactly(Map.entry("CNY", "0.00"));
        assertThat(report.summary()).contains("The books balance.");
    }

    @Test
    void aDebitOfAnotherAmountThanItsEntryIsNamed() {
        history.transfer("pay:p-1", GATEWAY, CLEARING, "100.00", "o-1");
        int debit = history.indexOfTransfer(AccountDebitedEvent.class, "pay:p-1");
        AccountDebitedEvent original = (AccountDebitedEvent) events.get(debit);
        events.set(debit, new AccountDebitedEvent(GATEWAY, original.transferId(), cny("90.00"), original.balanceAfter(), AT));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).extracting(Discrepancy::check, Discrepancy::account, Discrepancy::orderReference)
                .containsExactly(
                        tuple(Check.TRANSFER_SIDES, GATEWAY.toString(), "o-1"),
                        tuple(Check.ACCOUNT_BALANCE, GATEWAY.toString(), "o-1"),
                        tuple(Check.ACCOUNT_BALANCE, GATEWAY.toString(), "o-1"));
        Discrepancy sides = report.discrepancies().get(0);
        assertThat(sides.transferId()).isEqualTo("pay:p-1");
        assertThat(sides.amount()).isEqualTo("100.00 CNY");
        assertThat(sides.globalIndexes()).contains((long) debit + 1);
        assertThat(sides.detail()).contains("90.00 CNY on " + GATEWAY);
        assertThat(report.discrepancies()).extracting(Discrepancy::detail).contains(
                "balance after is -100.00 CNY, the balance before debited with 90.00 CNY makes -90.00 CNY",
                "balance -100.00 CNY after 1 posting, their sum is -90.00 CNY");
    }

    @Test
    void aLostCreditCreatesADifferenceInTheSumOfBalances() {
        history.transfer("pay:p-1", GATEWAY, CLEARING, "100.00", "o-1");
        history.transfer("settle:o-1", CLEARING, SELLER, "60.00", "o-1");
        events.remove(history.indexOfTransfer(AccountCreditedEvent.class, "settle:o-1"));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).extracting(Discrepancy::check).containsExactly(Check.TRANSFER_SIDES, Check.MONEY_CONSERVED);
        assertThat(report.discrepancies().get(0).account()).isEqualTo(SELLER.toString());
        assertThat(report.discrepancies().get(0).detail()).endsWith("its credit side posted none");
        assertThat(report.discrepancies().get(1).amount()).isEqualTo("-60.00 CNY");
        assertThat(report.balanceSums()).containsEntry("CNY", "-60.00");
    }

    @Test
    void postingsWithoutAJournalEntryAreNamed() {
        history.transfer("pay:p-1", GATEWAY, CLEARING, "100.00", "o-1");
        events.remove(history.indexOfTransfer(TransferRecordedEvent.class, "pay:p-1"));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).singleElement().satisfies(found -> {
            assertThat(found.check()).isEqualTo(Check.TRANSFER_SIDES);
            assertThat(found.detail()).isEqualTo("postings without a journal entry");
            assertThat(found.globalIndexes()).hasSize(2);
        });
    }

    @Test
    void aBalanceAfterThatDoesNotFollowIsNamedWhereItHappened() {
        history.transfer("pay:p-1", GATEWAY, CLEARING, "100.00", "o-1");
        history.transfer("settle:o-1", CLEARING, SELLER, "100.00", "o-1");
        int credit = history.indexOfTransfer(AccountCreditedEvent.class, "pay:p-1");
        AccountCreditedEvent original = (AccountCreditedEvent) events.get(credit);
        events.set(credit, new AccountCreditedEvent(CLEARING, original.transferId(), original.amount(), cny("110.00"), AT));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).extracting(Discrepancy::check, Discrepancy::globalIndexes).containsExactly(
                tuple(Check.ACCOUNT_BALANCE, List.of((long) credit + 1)),
                tuple(Check.ACCOUNT_BALANCE,
                        List.of((long) history.indexOfTransfer(AccountDebitedEvent.class, "settle:o-1") + 1)));
        assertThat(report.discrepancies().get(0).detail())
                .isEqualTo("balance after is 110.00 CNY, the balance before credited with 100.00 CNY makes 100.00 CNY");
    }

    @Test
    void anUnreadablePayloadIsNamedAndTheRestIsStillChecked() {
        history.transfer("pay:p-1", GATEWAY, CLEARING, "100.00", "o-1");
        history.transfer("settle:o-1", CLEARING, SELLER, "100.00", "o-1");
        List<byte[]> stored = new java.util.ArrayList<>(events.stream().map(StoredHistory::stored).toList());
        int entry = history.indexOfTransfer(TransferRecordedEvent.class, "settle:o-1");
        stored.set(entry, "{\"transferId\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        ReconciliationReport report = history.reconcile(stored, AT);

        assertThat(report.discrepancies()).extracting(Discrepancy::check, Discrepancy::subject)
                .contains(tuple(Check.UNREADABLE, TransferRecordedEvent.class.getName()),
                        tuple(Check.TRANSFER_SIDES, null));
        assertThat(report.discrepancies()).filteredOn(found -> found.check() == Check.UNREADABLE).singleElement()
                .satisfies(found -> assertThat(found.globalIndexes()).containsExactly((long) entry + 1));
    }

    @Test
    void anEntryRecordedTwiceIsNamed() {
        history.transfer("pay:p-1", GATEWAY, CLEARING, "100.00", "o-1");
        events.add(new TransferRecordedEvent(dev.orderledger.api.account.TransferId.of("pay:p-1"), GATEWAY, SELLER,
                cny("5.00"), "o-1", "again", AT));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).singleElement().satisfies(found -> {
            assertThat(found.check()).isEqualTo(Check.TRANSFER_SIDES);
            assertThat(found.globalIndexes()).containsExactly(1L, (long) events.size());
            assertThat(found.detail()).isEqualTo("the journal entry pay:p-1 is recorded twice: 100.00 CNY from " + GATEWAY
                    + " to " + CLEARING + ", then 5.00 CNY from " + GATEWAY + " to " + SELLER);
        });
    }

    @Test
    void twoFoldsOfTheSameEventsGiveTheSameReport() throws JsonProcessingException {
        for (int i = 0; i < 50; i++) {
            history.transfer("pay:p-" + i, GATEWAY, new AccountId(AccountKind.PLATFORM_CLEARING, String.valueOf(i % 16)), "1.0" + i % 10, "o-" + i);
        }
        events.remove(7);
        assertThat(StoredHistory.MAPPER.writeValueAsString(history.reconcile())).isEqualTo(StoredHistory.MAPPER.writeValueAsString(history.reconcile()));
    }

    /** Reads and folds a long stored journal, and prints the rate: the replay's own cost without the database. */
    @Test
    void foldRate() {
        for (int i = 0; i < 100_000; i++) {
            history.transfer("pay:p-" + i, GATEWAY, AccountId.buyerWallet(UserId.of(String.valueOf(10_000_000 + i % 5_000))), "12.34", "o-" + i);
        }
        List<byte[]> stored = events.stream().map(StoredHistory::stored).toList();
        for (int round = 1; round <= 3; round++) {
            long started = System.nanoTime();
            ReconciliationReport report = history.reconcile(stored, AT);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Round %d: read, folded and checked %d events in %.0f ms: %.0f events/s%n", round,
                    stored.size(), seconds * 1000, stored.size() / seconds);
            assertThat(report.balanced()).isTrue();
            assertThat(report.events()).isEqualTo(stored.size());
        }
    }
}
