package dev.orderledger.finance;

import dev.orderledger.api.security.UserId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.money.Money;
import dev.orderledger.finance.JournalEntries.Recorded;
import dev.orderledger.finance.StatementDifference.Kind;
import dev.orderledger.api.gateway.GatewayStatement;
import dev.orderledger.api.gateway.GatewayStatement.Line;
import dev.orderledger.api.gateway.GatewayStatement.Type;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The matching of a gateway statement with journal entries, on hand-made lines and entries, without Spring or a database. */
class GatewayStatementMatchTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration GRACE = Duration.ofHours(1);
    private static final AccountId GATEWAY = new AccountId(AccountKind.PLATFORM_GATEWAY, "3");
    private static final AccountId CLEARING = new AccountId(AccountKind.PLATFORM_CLEARING, "3");
    private static final AccountId WALLET = AccountId.buyerWallet(UserId.of("10000002"));

    private final List<Line> lines = new ArrayList<>();
    private final List<Recorded> entries = new ArrayList<>();

    @Test
    void paymentsOrderRefundsAndReturnsMatchTheirJournalEntries() {
        listed("tx-1", Type.PAYMENT, "pay-1", "90.00", NOON);
        listed("gw-r-1", Type.REFUND, "refund:r-1", "30.00", NOON.plusSeconds(60));
        listed("gw-ret-1", Type.REFUND, "return:pay-1:order-7", "10.00", NOON.plusSeconds(120));
        recorded("pay-in:pay-1", GATEWAY, WALLET, "90.00", NOON.plusSeconds(1));
        recorded("refund-out:r-1", WALLET, GATEWAY, "30.00", NOON.plusSeconds(61));
        recorded("return-out:pay-1:order-7", WALLET, GATEWAY, "10.00", NOON.plusSeconds(121));
        recorded("pay:pay-1", WALLET, CLEARING, "90.00", NOON.plusSeconds(1));

        GatewayStatementReport report = match();

        assertThat(report.differences()).isEmpty();
        assertThat(report.agrees()).isTrue();
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.transactions()).isEqualTo(3);
        assertThat(report.matched()).isEqualTo(3);
        assertThat(report.ledgerEntries()).as("the entry that does not touch the gateway is not counted").isEqualTo(3);
        assertThat(report.totals()).containsExactly(
                new GatewayStatementReport.CurrencyTotals("CNY", "90.00", "40.00", "90.00", "40.00"));
        assertThat(report.summary()).contains("3 rows, 3 transactions, 3 matched", "The statement and the journal agree.");
    }

    @Test
    void eachKindOfDifferenceIsNamedWithItsReferenceTransactionAndJournalEntry() {
        listed("tx-ok", Type.PAYMENT, "pay-ok", "5.00", NOON);
        recorded("pay-in:pay-ok", GATEWAY, WALLET, "5.00", NOON);
        recorded("pay-in:pay-omitted", GATEWAY, WALLET, "7.00", NOON);
        listed("tx-ghost", Type.PAYMENT, "pay-ghost", "9.99", NOON);
        listed("tx-changed", Type.PAYMENT, "pay-changed", "12.34", NOON);
        Recorded changed = recorded("pay-in:pay-changed", GATEWAY, WALLET, "20.00", NOON);
        listed("gw-r-1", Type.REFUND, "refund:r-1", "3.00", NOON);
        listed("gw-r-1", Type.REFUND, "refund:r-1", "3.00", NOON);
        recorded("refund-out:r-1", WALLET, GATEWAY, "3.00", NOON);
        listed("tx-twice-1", Type.PAYMENT, "pay-twice", "8.00", NOON);
        listed("tx-twice-2", Type.PAYMENT, "pay-twice", "8.00", NOON.plusSeconds(5));
        recorded("pay-in:pay-twice", GATEWAY, WALLET, "8.00", NOON);

        GatewayStatementReport report = match();

        assertThat(report.differences()).extracting(StatementDifference::kind, StatementDifference::reference,
                StatementDifference::transactionIds, StatementDifference::transferId,
                StatementDifference::statementAmount, StatementDifference::ledgerAmount).containsExactly(
                tuple(Kind.MISSING_IN_LEDGER, "pay-ghost", List.of("tx-ghost"), null, "9.99 CNY", null),
                tuple(Kind.MISSING_IN_STATEMENT, "pay-omitted", List.of(), "pay-in:pay-omitted", null, "7.00 CNY"),
                tuple(Kind.AMOUNT, "pay-changed", List.of("tx-changed"), "pay-in:pay-changed", "12.34 CNY", "20.00 CNY"),
                tuple(Kind.DUPLICATE, "pay-twice", List.of("tx-twice-1", "tx-twice-2"), "pay-in:pay-twice",
                        "8.00 CNY + 8.00 CNY", "8.00 CNY"),
                tuple(Kind.DUPLICATE, "refund:r-1", List.of("gw-r-1"), "refund-out:r-1", "3.00 CNY + 3.00 CNY", "3.00 CNY"));
        StatementDifference amount = report.differences().get(2);
        assertThat(amount.globalIndex()).isEqualTo(changed.globalIndex());
        assertThat(amount.eventId()).isEqualTo(changed.eventId());
        assertThat(amount.orderReference()).isEqualTo("order-of-pay-in:pay-changed");
        assertThat(amount.detail()).contains("12.34 CNY", "20.00 CNY", "tx-changed");
        assertThat(report.differences().get(4).detail()).isEqualTo("transaction gw-r-1 is listed 2 times");
        assertThat(report.rows()).isEqualTo(7);
        assertThat(report.transactions()).isEqualTo(6);
        assertThat(report.matched()).as("pay-ok, and refund r-1 itself (only its listing is doubled)").isEqualTo(2);
        assertThat(report.summary()).contains("5 differences:",
                "  MISSING_IN_LEDGER reference=pay-ghost transactions=[tx-ghost] transfer=null");
    }

    @Test
    void anotherCurrencyIsAnAmountDifference() {
        lines.add(new Line("tx-1", Type.PAYMENT, "pay-1", Money.of("90.00", "USD"), NOON));
        recorded("pay-in:pay-1", GATEWAY, WALLET, "90.00", NOON);

        assertThat(match().differences()).extracting(StatementDifference::kind, StatementDifference::statementAmount,
                StatementDifference::ledgerAmount).containsExactly(tuple(Kind.AMOUNT, "90.00 USD", "90.00 CNY"));
        assertThat(match().totals()).extracting(GatewayStatementReport.CurrencyTotals::currency).containsExactly("CNY", "USD");
    }

    @Test
    void aRefundUnderAReferenceTheLedgerNeverGivesIsMissingInTheLedger() {
        listed("gw-r-9", Type.REFUND, "chargeback-9", "4.00", NOON);

        assertThat(match().differences()).singleElement().satisfies(difference -> {
            assertThat(difference.kind()).isEqualTo(Kind.MISSING_IN_LEDGER);
            assertThat(difference.detail()).contains("a reference the ledger never gives");
        });
    }

    @Test
    void aPaymentListedAsARefundDoesNotMatchItsPayIn() {
        listed("tx-1", Type.REFUND, "refund:pay-1", "9.00", NOON);
        recorded("pay-in:pay-1", GATEWAY, WALLET, "9.00", NOON);

        assertThat(match().differences()).extracting(StatementDifference::kind)
                .containsExactly(Kind.MISSING_IN_LEDGER, Kind.MISSING_IN_STATEMENT);
    }

    @Test
    void moneyThatCrossedMidnightMatchesWithinTheGrace() {
        Instant midnight = Instant.parse("2026-03-02T00:00:00Z");
        listed("tx-late", Type.PAYMENT, "pay-late", "1.00", midnight.minusSeconds(10));
        recorded("pay-in:pay-late", GATEWAY, WALLET, "1.00", midnight.plusSeconds(20 * 60));
        listed("tx-early", Type.PAYMENT, "pay-early", "2.00", Instant.parse("2026-03-01T00:00:05Z"));
        recorded("pay-in:pay-early", GATEWAY, WALLET, "2.00", Instant.parse("2026-02-28T23:59:58Z"));
        listed("tx-too-late", Type.PAYMENT, "pay-too-late", "3.00", midnight.minusSeconds(5));
        recorded("pay-in:pay-too-late", GATEWAY, WALLET, "3.00", midnight.plus(GRACE).plusSeconds(1));
        recorded("pay-in:pay-yesterday", GATEWAY, WALLET, "4.00", Instant.parse("2026-02-28T23:30:00Z"));
        recorded("pay-in:pay-tomorrow", GATEWAY, WALLET, "5.00", midnight.plusSeconds(60));
        recorded("pay-in:pay-after-midnight", GATEWAY, WALLET, "6.00", Instant.parse("2026-03-01T00:10:00Z"));
        recorded("pay-in:pay-in-the-morning", GATEWAY, WALLET, "7.00", Instant.parse("2026-03-01T01:10:00Z"));

        GatewayStatementReport report = match();

        assertThat(report.differences()).extracting(StatementDifference::kind, StatementDifference::reference).containsExactly(
                tuple(Kind.MISSING_IN_LEDGER, "pay-too-late"),
                tuple(Kind.MISSING_IN_STATEMENT, "pay-in-the-morning"),
                tuple(Kind.UNCONFIRMED, "pay-after-midnight"));
        assertThat(report.differences().get(2).detail()).endsWith("it is most likely on the previous day's statement");
        assertThat(report.matched()).isEqualTo(2);
        assertThat(report.ledgerEntries()).as("pay-after-midnight and pay-in-the-morning were stored within the day").isEqualTo(2);
        assertThat(report.searchedFrom()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(report.searchedUntil()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(report.differences().get(0).detail()).contains("2026-02-28T23:00:00Z", "2026-03-02T01:00:00Z");
    }

    @Test
    void anEntryJustAfterMidnightThatNoLineListsIsToConfirmAndDoesNotMakeTheMatchDisagree() {
        listed("tx-ok", Type.PAYMENT, "pay-ok", "5.00", NOON);
        recorded("pay-in:pay-ok", GATEWAY, WALLET, "5.00", NOON);
        recorded("pay-in:pay-crossed", GATEWAY, WALLET, "6.00", Instant.parse("2026-03-01T00:00:02Z"));

        GatewayStatementReport report = match();

        assertThat(report.differences()).extracting(StatementDifference::kind).containsExactly(Kind.UNCONFIRMED);
        assertThat(report.agrees()).isTrue();
        assertThat(report.summary()).contains("The statement and the journal agree; 1 early entries are to confirm");
    }

    @Test
    void withoutGraceOnlyTheDayItselfIsSearched() {
        Instant midnight = Instant.parse("2026-03-02T00:00:00Z");
        listed("tx-late", Type.PAYMENT, "pay-late", "1.00", midnight.minusSeconds(10));
        recorded("pay-in:pay-late", GATEWAY, WALLET, "1.00", midnight.plusSeconds(1));

        assertThat(GatewayStatementMatch.match(DAY, Duration.ZERO, new GatewayStatement(lines), entries).differences())
                .extracting(StatementDifference::kind).containsExactly(Kind.MISSING_IN_LEDGER);
    }

    @Test
    void theSameStatementAndJournalGiveTheSameReportWhateverTheOrderOfTheLines() throws Exception {
        eachKindOfDifferenceIsNamedWithItsReferenceTransactionAndJournalEntry();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        GatewayStatementReport first = match();
        Collections.reverse(lines);
        Collections.reverse(entries);
        GatewayStatementReport reversed = match();

        assertThat(json.writeValueAsString(match())).isEqualTo(json.writeValueAsString(first));
        assertThat(reversed.differences()).isEqualTo(first.differences());
        assertThat(reversed.summary()).isEqualTo(first.summary());
    }

    private GatewayStatementReport match() {
        return GatewayStatementMatch.match(DAY, GRACE, new GatewayStatement(lines), entries);
    }

    private void listed(String transactionId, Type type, String reference, String amount, Instant completedAt) {
        lines.add(new Line(transactionId, type, reference, Money.of(amount, "CNY"), completedAt));
    }

    private Recorded recorded(String transferId, AccountId from, AccountId to, String amount, Instant storedAt) {
        Recorded entry = new Recorded(entries.size() + 1L, "event-" + (entries.size() + 1), storedAt,
                new TransferRecordedEvent(TransferId.of(transferId), from, to, Money.of(amount, "CNY"),
                        "order-of-" + transferId, "memo", storedAt));
        entries.add(entry);
        return entry;
    }
}
