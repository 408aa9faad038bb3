package dev.orderledger.finance;

import dev.orderledger.finance.Discrepancy.Check;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The replay and reconciliation against the real event store: clean after orders were paid and
 * settled, the same report twice, finance and admins only; and every kind of discrepancy named when
 * it is planted in a copy of the event table (the event store itself is never touched).
 */
class ReconciliationIT extends LedgerIntegrationTest {

    private static final String REPORT = "/api/finance/reconciliation";

    @Autowired
    LedgerReconciliation reconciliation;

    @Autowired
    JdbcTemplate jdbc;

    private String orderId;
    private String sellerId;
    private EventTableCopy copy;

    @BeforeEach
    void paidAndSettledOrders() {
        User seller = seller();
        sellerId = seller.userId();
        User buyer = buyer();
        String product = productOnShelf(seller, "Reconciled lamp", "88.80", 10);
        orderId = placedOrder(buyer, orderOf(null, product, 2));
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        confirmReceipt(buyer, orderId);
        String unsettled = placedOrder(buyer, orderOf(null, product, 1));
        pay(buyer, "pay-" + UUID.randomUUID(), unsettled);
        awaitOrder(buyer, unsettled, "FULFILLING");
    }

    @AfterEach
    void dropCopy() {
        if (copy != null) {
            copy.drop();
        }
    }

    @Test
    void theBooksBalanceAndTwoReplaysGiveTheSameReport() {
        User finance = withRoles(buyer(), "FINANCE");
        long head = head();

        ReconciliationReport report = reconciliation.reconcile(new ReplayScope(ReplayScope.EVENT_TABLE, head, null));
        assertThat(report.discrepancies()).as(report.summary()).isEmpty();
        assertThat(report.lastGlobalIndex()).isLessThanOrEqualTo(head);
        assertThat(report.balanceSums()).containsEntry("CNY", "0.00");
        assertThat(reconciliation.reconcile(new ReplayScope(ReplayScope.EVENT_TABLE, null, Instant.parse("2000-01-01T00:00:00Z")))
                .events()).as("nothing was stored before 2000").isZero();
        ReconciliationReport untilLater = reconciliation.reconcile(
                new ReplayScope(ReplayScope.EVENT_TABLE, head, Instant.now().plusSeconds(60)));
        assertThat(untilLater.events()).as("an instant after the head bounds nothing more").isEqualTo(report.events());
        assertThat(untilLater.discrepancies()).isEmpty();

        LedgerClient.Response first = api.post(REPORT + "?upToGlobalIndex=" + head, null).as(finance.token()).send();
        LedgerClient.Response second = api.post(REPORT + "?upToGlobalIndex=" + head, null).as(admin().token()).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(first.json().at("/discrepancies").size()).isZero();

        LedgerClient.Response summary = api.post(REPORT + "?upToGlobalIndex=" + head, null)
                .header("Accept", "text/plain").as(finance.token()).send();
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.text()).contains("The books balance.").isEqualTo(report.summary());
    }

    @Test
    void onlyFinanceAndAdminsMayReconcile() {
        assertThat(api.post(REPORT, null).as(buyer().token()).send().status()).isEqualTo(403);
        assertThat(api.post(REPORT, null).as(seller().token()).send().status()).isEqualTo(403);
        assertThat(api.post(REPORT, null).send().status()).isEqualTo(401);
        assertThat(api.post(REPORT + "?upToGlobalIndex=0", null).as(withRoles(buyer(), "FINANCE").token()).send().status())
                .isEqualTo(200);
        assertThat(api.post(REPORT + "?upToGlobalIndex=0", null).as(admin().token()).send().status()).isEqualTo(200);
        LedgerClient.Response negative = api.post(REPORT + "?upToGlobalIndex=-1", null).as(admin().token()).send();
        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        assertThat(negative.text()).contains("a global index is not negative");
        assertThat(api.post(REPORT + "?until=yesterday", null).as(admin().token()).send().status()).isEqualTo(400);
    }

    @Test
    void aDebitOfAnotherAmountIsNamed() {
        copyEventTable();
        long debit = copy.journalEvent("AccountDebitedEvent", "settle:" + orderId);
        copy.set(debit, "{amount,amount}", "\"1.00\"");

        ReconciliationReport report = reconcileCopy();

        assertThat(report.discrepancies()).as(report.summary()).anySatisfy(found -> {
            assertThat(found.check()).isEqualTo(Check.TRANSFER_SIDES);
            assertThat(found.transferId()).isEqualTo("settle:" + orderId);
            assertThat(found.orderReference()).isEqualTo(orderId);
            assertThat(found.account()).startsWith("platform-clearing:");
            assertThat(found.amount()).isEqualTo("177.60 CNY");
            assertThat(found.globalIndexes()).contains(debit);
            assertThat(found.detail()).contains("1.00 CNY on platform-clearing:");
        }).anySatisfy(found -> {
            assertThat(found.check()).isEqualTo(Check.ACCOUNT_BALANCE);
            assertThat(found.globalIndexes()).containsExactly(debit);
            assertThat(found.orderReference()).isEqualTo(orderId);
        });
    }

    @Test
    void aLostPostingIsNamedAndTheSumOfBalancesIsNoLongerZero() {
        copyEventTable();
        long credit = copy.journalEvent("AccountCreditedEvent", "settle:" + orderId);
        copy.delete(credit);

        ReconciliationReport report = reconcileCopy();

        assertThat(report.balanced()).isFalse();
        assertThat(report.discrepancies()).as(report.summary()).anySatisfy(found -> {
            assertThat(found.check()).isEqualTo(Check.TRANSFER_SIDES);
            assertThat(found.account()).startsWith("seller:");
            assertThat(found.orderReference()).isEqualTo(orderId);
            assertThat(found.detail()).endsWith("its credit side posted none");
        }).anySatisfy(found -> {
            assertThat(found.check()).isEqualTo(Check.MONEY_CONSERVED);
            assertThat(found.amount()).isEqualTo("-177.60 CNY");
        });
    }

    @Test
    void aBalanceAfterThatDoesNotFollowIsNamed() {
        copyEventTable();
        long credit = copy.journalEvent("AccountCreditedEvent", "settle:" + orderId);
        copy.set(credit, "{balanceAfter,amount}", "\"999999.00\"");

        ReconciliationReport report = reconcileCopy();

        assertThat(report.discrepancies()).as(report.summary()).anySatisfy(found -> {
            assertThat(found.check()).isEqualTo(Check.ACCOUNT_BALANCE);
            assertThat(found.account()).startsWith("seller:");
            assertThat(found.transferId()).isEqualTo("settle:" + orderId);
            assertThat(found.globalIndexes()).containsExactly(credit);
            assertThat(found.detail()).startsWith("balance after is 999999.00 CNY");
        }).allSatisfy(found -> assertThat(found.check()).isNotEqualTo(Check.TRANSFER_SIDES));
    }

    @Test
    void aReadModelThatDisagreesWithTheJournalIsNamed() {
        String account = "seller:" + sellerId;
        long head = head();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM account_balance_view WHERE account_id = ? AND balance = 177.60", Long.class, account) == 1);
        jdbc.update("UPDATE account_balance_view SET balance = balance + 0.01 WHERE account_id = ?", account);
        try {
            ReconciliationReport report = reconciliation.reconcile(new ReplayScope(ReplayScope.EVENT_TABLE, head, null));

            assertThat(report.discrepancies()).as(report.summary()).singleElement().satisfies(found -> {
                assertThat(found.check()).isEqualTo(Check.READ_MODEL);
                assertThat(found.account()).isEqualTo(account);
                assertThat(found.orderReference()).isEqualTo(orderId);
                assertThat(found.amount()).isEqualTo("177.60 CNY");
                assertThat(found.detail()).isEqualTo("the account balance view shows 177.61 CNY after 1 posting, the journal 177.60 CNY");
            });
        } finally {
            jdbc.update("UPDATE account_balance_view SET balance = balance - 0.01 WHERE account_id = ?", account);
        }
    }

    @Test
    void aBoundThatFallsInsideAJournalEntryReadsOnForTheRestOfIt() {
        copyEventTable();
        long entry = copy.firstWhere("aggregateidentifier = ?", "settle:" + orderId);
        long credit = copy.journalEvent("AccountCreditedEvent", "settle:" + orderId);
        String creditStored = jdbc.queryForObject("SELECT timestamp FROM " + copy.name() + " WHERE globalindex = ?",
                String.class, credit);

        ReconciliationReport byIndex = reconciliation.reconcile(new ReplayScope(copy.name(), entry, null));
        ReconciliationReport byInstant = reconciliation.reconcile(new ReplayScope(copy.name(), null,
                org.axonframework.common.DateTimeUtils.parseInstant(creditStored)));

        assertThat(byIndex.discrepancies()).as(byIndex.summary()).isEmpty();
        assertThat(byIndex.lastGlobalIndex()).as("the events read on for are not counted as replayed").isEqualTo(entry);
        assertThat(byInstant.discrepancies()).as(byInstant.summary()).isEmpty();
    }

    /**
     * A generated history of 100,000 transfers from the gateway to as many wallets (300,000 stored events,
     * written as the event serializer writes them) replays clean, twice alike; the log shows the rate.
     */
    @Test
    void aLongHistoryReplaysClean() {
        copy = EventTableCopy.empty(jdbc);
        jdbc.update("INSERT INTO " + copy.name() + " (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier,"
                    + " payload, payloadrevision, payloadtype, timestamp)"
                    + " SELECT 3 * i + side, CASE side WHEN 0 THEN 'pay:g-' || i WHEN 1 THEN 'platform-gateway:0'"
                    + "   ELSE 'buyer-wallet:' || (20000000 + i) END, CASE side WHEN 1 THEN i ELSE 0 END, 'Generated',"
                    + " 'generated-' || (3 * i + side), convert_to(CASE side"
                    + "   WHEN 0 THEN format('{\"transferId\":\"pay:g-%s\",\"from\":\"platform-gateway:0\",\"to\":\"buyer-wallet:%s\","
                    + "     \"amount\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},\"orderReference\":\"g-%s\",\"memo\":\"generated\","
                    + "     \"at\":\"2026-01-01T00:00:00Z\"}', i, 20000000 + i, i)"
                    + "   WHEN 1 THEN format('{\"accountId\":\"platform-gateway:0\",\"transferId\":\"pay:g-%s\","
                    + "     \"amount\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},"
                    + "     \"balanceAfter\":{\"amount\":\"%s.00\",\"currency\":\"CNY\"},\"at\":\"2026-01-01T00:00:00Z\"}', i, -i - 1)"
                    + "   ELSE format('{\"accountId\":\"buyer-wallet:%s\",\"transferId\":\"pay:g-%s\","
                    + "     \"amount\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},"
                    + "     \"balanceAfter\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},\"at\":\"2026-01-01T00:00:00Z\"}', 20000000 + i, i)"
                    + " END, 'UTF8'), '1', 'dev.orderledger.api.account.' || CASE side WHEN 0 THEN 'TransferRecordedEvent'"
                    + "   WHEN 1 THEN 'AccountDebitedEvent' ELSE 'AccountCreditedEvent' END, '2026-01-01T00:00:00.000Z'"
                    + " FROM generate_series(0, 99999) AS i, generate_series(0, 2) AS side");
        jdbc.execute("ALTER TABLE " + copy.name() + " ADD PRIMARY KEY (globalindex)");
        jdbc.execute("ANALYZE " + copy.name());

        ReconciliationReport first = reconcileCopy();
        ReconciliationReport report = reconcileCopy();

        assertThat(report).as("a second replay, with a warm JIT: the log shows its rate").isEqualTo(first);
        assertThat(report.discrepancies()).as(report.summary()).isEmpty();
        assertThat(report.events()).isEqualTo(300_000);
        assertThat(report.transfers()).isEqualTo(100_000);
        assertThat(report.balanceSums()).containsEntry("CNY", "0.00");
    }

    /** The last global index once every transfer the orders caused is in the store (the processes run asynchronously). */
    private long head() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, "settle:" + orderId) == 1);
        return jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
    }

    private void copyEventTable() {
        copy = EventTableCopy.upTo(jdbc, head());
    }

    private ReconciliationReport reconcileCopy() {
        return reconciliation.reconcile(copy.everything());
    }
}
