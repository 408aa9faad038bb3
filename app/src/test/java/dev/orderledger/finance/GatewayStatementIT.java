package dev.orderledger.finance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.payment.PaymentAmountMismatchedEvent;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.api.gateway.GatewayStatement;
import dev.orderledger.api.gateway.GatewayStatement.Line;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway's daily statement, from the simulated gateway's books to finance's match with the journal
 * in the real event store, over real HTTP. The database and the simulator are shared with every other
 * test (and the database with earlier runs), so the day holds other payments too: the assertions are
 * about this test's own references only.
 */
class GatewayStatementIT extends LedgerIntegrationTest {

    private static final String CSV = GatewayStatement.MEDIA_TYPE;

    @Autowired
    LedgerFacts facts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerReconciliation reconciliation;
    @Autowired
    GatewayStatements statements;
    @Value("${ledger.finance.statement-grace:PT1H}")
    Duration grace;

    @Test
    void theGatewaysOwnStatementMatchesTheJournalAndEachPlantedDifferenceIsNamed() {
        String suffix = UUID.randomUUID().toString();
        String productId = productOnShelf(seller(), "Statement teapot " + suffix, "41.00");
        User buyer = buyer();
        String paid = pay(buyer, "stmt-paid-" + suffix, placedOrder(buyer, orderOf(null, productId, 1)));
        String refundedOrder = placedOrder(buyer, orderOf(null, productId, 2));
        String partlyRefunded = pay(buyer, "stmt-refunded-" + suffix, refundedOrder);
        String overridden = "stmt-override-" + suffix;
        LedgerClient.Response scenario = api.put("/simulator/gateway/scenarios/" + overridden,
                Map.of("amountOverride", Map.of("amount", "1.00", "currency", "CNY"))).as(admin().token()).send();
        assertThat(scenario.status()).as(scenario.toString()).isEqualTo(200);
        pay(buyer, overridden, placedOrder(buyer, orderOf(null, productId, 1)));
        awaitOrder(buyer, refundedOrder, view -> !view.at("/status").asText().equals("PENDING_PAYMENT"));
        String refundId = "stmt-r-" + suffix;
        LedgerClient.Response refund = api.post("/api/admin/orders/" + refundedOrder + "/refunds", Map.of("kind", "ADMIN",
                "refund", Map.of("refundId", refundId, "lineNo", 1, "quantity", 1, "withReturn", false,
                        "reason", "one of two arrived chipped"))).as(admin().token()).send();
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        LocalDate day = awaitJournalEntry("pay-in:" + paid);
        assumeThat(List.of(awaitJournalEntry("pay-in:" + partlyRefunded), awaitJournalEntry("refund-out:" + refundId)))
                .as("the test ran across midnight (UTC)").containsOnly(day);
        await().atMost(Duration.ofSeconds(20)).until(() -> facts.eventsOf(overridden).stream()
                .anyMatch(PaymentAmountMismatchedEvent.class::isInstance));
        String finance = withRoles(buyer(), "FINANCE").token();
        String refundReference = "refund:" + refundId;
        Set<String> mine = Set.of(paid, partlyRefunded, overridden, refundReference);

        LedgerClient.Response statement = api.get("/simulator/gateway/statements/" + day).as(finance).send();
        assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
        assertThat(statement.header("Content-Type")).startsWith(CSV);
        List<Line> lines = GatewayStatement.parse(statement.text()).lines();
        assertThat(lines).filteredOn(line -> mine.contains(line.reference()))
                .extracting(Line::type, Line::reference, line -> line.amount().toString())
                .containsExactlyInAnyOrder(
                        tuple(GatewayStatement.Type.PAYMENT, paid, "41.00 CNY"),
                        tuple(GatewayStatement.Type.PAYMENT, partlyRefunded, "82.00 CNY"),
                        tuple(GatewayStatement.Type.PAYMENT, overridden, "1.00 CNY"),
                        tuple(GatewayStatement.Type.REFUND, refundReference, "41.00 CNY"));

        JsonNode asTheGatewaySaysIt = importStatement(finance, day, statement.text());
        assertThat(asTheGatewaySaysIt.at("/rows").asInt()).isEqualTo(lines.size());
        assertThat(asTheGatewaySaysIt.at("/matched").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(differencesAbout(asTheGatewaySaysIt, mine))
                .as("only the payment the gateway took for another amount, which the ledger did not book")
                .containsExactly(List.of("MISSING_IN_LEDGER", overridden, "1.00 CNY", "null"));

        String ghost = "stmt-ghost-" + suffix;
        LedgerClient.Response planted = api.post("/simulator/gateway/statements/" + day, Map.of(
                "omit", List.of(paid),
                "duplicate", List.of(refundReference),
                "amounts", Map.of(partlyRefunded, "80.00"),
                "extra", List.of(Map.of("type", "PAYMENT", "reference", ghost,
                        "amount", Map.of("amount", "9.99", "currency", "CNY"))))).as(admin().token()).send();
        assertThat(planted.status()).as(planted.toString()).isEqualTo(200);
        JsonNode withDifferences = importStatement(finance, day, planted.text());
        assertThat(differencesAbout(withDifferences, Set.of(paid, partlyRefunded, overridden, refundReference, ghost)))
                .containsExactlyInAnyOrder(
                        List.of(omittedKind(paid), paid, "null", "41.00 CNY"),
                        List.of("AMOUNT", partlyRefunded, "80.00 CNY", "82.00 CNY"),
                        List.of("DUPLICATE", refundReference, "41.00 CNY + 41.00 CNY", "41.00 CNY"),
                        List.of("MISSING_IN_LEDGER", ghost, "9.99 CNY", "null"),
                        List.of("MISSING_IN_LEDGER", overridden, "1.00 CNY", "null"));
        JsonNode duplicate = differenceAbout(withDifferences, refundReference);
        assertThat(duplicate.at("/transferId").asText()).isEqualTo("refund-out:" + refundId);
        assertThat(duplicate.at("/orderReference").asText()).isEqualTo(refundedOrder);
        assertThat(duplicate.at("/globalIndex").asLong()).isPositive();
        assertThat(duplicate.at("/eventId").asText()).isNotBlank();
        assertThat(duplicate.at("/transactionIds").get(0).asText()).isEqualTo(refundId);

        LedgerClient.Response summary = api.post("/api/finance/gateway-statements/" + day, planted.text()).as(finance)
                .header("Content-Type", "text/plain").header("Accept", "text/plain").send();
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.text()).startsWith("Gateway statement of " + day + ":")
                .contains(omittedKind(paid) + " reference=" + paid + " ", "MISSING_IN_LEDGER reference=" + ghost + " ");
    }

    @Test
    void onlyFinanceAndAdminsMayImportAndWhatIsNotAStatementIsA400() {
        String quietDay = "/api/finance/gateway-statements/2001-01-01";
        String header = GatewayStatement.HEADER + "\n";
        String finance = withRoles(buyer(), "FINANCE").token();

        assertThat(api.post(quietDay, header).header("Content-Type", CSV).as(buyer().token()).send().status()).isEqualTo(403);
        assertThat(api.post(quietDay, header).header("Content-Type", CSV).send().status()).isEqualTo(401);
        JsonNode quiet = importStatement(admin().token(), LocalDate.of(2001, 1, 1), header);
        assertThat(quiet.at("/rows").asInt()).isZero();
        assertThat(quiet.at("/differences").size()).isZero();

        assertBadRequest(api.post(quietDay, "transaction_id,type\n").header("Content-Type", CSV).as(finance).send(), "line 1");
        assertBadRequest(api.post(quietDay, header + "tx-1,PAYMENT,pay-1,ten,CNY,2001-01-01T10:00:00Z\n")
                .header("Content-Type", CSV).as(finance).send(), "line 2");
        assertBadRequest(api.post(quietDay, header + "tx-1,PAYMENT,pay-1,10.00,CNY\n")
                .header("Content-Type", CSV).as(finance).send(), "line 2");
        assertBadRequest(api.post(quietDay, null).header("Content-Type", CSV).as(finance).send(), "empty");
        assertBadRequest(api.post("/api/finance/gateway-statements/yesterday", header).header("Content-Type", CSV)
                .as(finance).send(), "day");
        assertThat(api.post(quietDay, Map.of("rows", List.of())).as(finance).send().status()).isEqualTo(415);

        String admin = admin().token();
        String planted = "/simulator/gateway/statements/2001-01-01";
        assertBadRequest(api.post(planted, Map.of("omitt", List.of("x"))).as(admin).send(), "omitt");
        assertBadRequest(api.post(planted, Map.of("omit", List.of("pay-nobody"))).as(admin).send(), "pay-nobody");
        assertThat(api.post(planted, null).as(admin).send().text()).isEqualTo(header);
    }

    @Test
    void theOpenApiDescriptionTakesTheStatementAsCsv() {
        JsonNode operation = api.get("/v3/api-docs").send().json()
                .at("/paths/~1api~1finance~1gateway-statements~1{day}/post");
        assertThat(operation.at("/requestBody/content").has(CSV)).as(operation.toString()).isTrue();
        assertThat(operation.at("/responses/200/content").has("application/json")).isTrue();
        assertThat(operation.at("/responses/200/content").has("text/plain")).isTrue();
    }

    @Test
    void theCommandLineMatchesAStatementFileAndExitsWithOneWhenItDisagrees(@TempDir Path files) throws Exception {
        Path clean = Files.writeString(files.resolve("clean.csv"), GatewayStatement.HEADER + "\n");
        Path ghost = Files.writeString(files.resolve("ghost.csv"), GatewayStatement.HEADER + "\n"
                + "sim-tx-ghost,PAYMENT,stmt-cli-ghost,9.99,CNY,2001-01-01T10:00:00Z\n");

        assertThat(runCommandLine(clean, "2001-01-01")).startsWith("0 Gateway statement of 2001-01-01: 0 rows")
                .contains("The statement and the journal agree.");
        assertThat(runCommandLine(ghost, "2001-01-01")).startsWith("1 Gateway statement of 2001-01-01: 1 rows")
                .contains("MISSING_IN_LEDGER reference=stmt-cli-ghost transactions=[sim-tx-ghost]");
        assertThat(runCommandLine(clean, null)).startsWith("1 ").contains("statement-day");
        assertThat(runCommandLine(files.resolve("absent.csv"), "2001-01-01")).startsWith("1 ").contains("absent.csv");
    }

    private String runCommandLine(Path statement, String day) {
        MockEnvironment arguments = new MockEnvironment().withProperty(ReconciliationRunner.GATEWAY_STATEMENT, statement.toString());
        if (day != null) {
            arguments.setProperty(ReconciliationRunner.STATEMENT_DAY, day);
        }
        return FinanceCommandLine.run(reconciliation, statements, arguments);
    }

    /** Waits for the journal entry and answers the UTC day the event store recorded it on. */
    private LocalDate awaitJournalEntry(String transferId) {
        return LocalDate.ofInstant(storedAt(transferId), ZoneOffset.UTC);
    }

    private Instant storedAt(String transferId) {
        String stored = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForList(
                "SELECT timestamp FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
                String.class, transferId), found -> !found.isEmpty()).get(0);
        return DateTimeUtils.parseInstant(stored);
    }

    /**
     * What an omitted payment's entry is called: stored within the grace after midnight, it is most
     * likely on the previous day's statement (unconfirmed); later in the day, missing from the statement.
     */
    private String omittedKind(String payOrderId) {
        Instant stored = storedAt("pay-in:" + payOrderId);
        Instant earlyUntil = LocalDate.ofInstant(stored, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().plus(grace);
        return stored.isBefore(earlyUntil) ? "UNCONFIRMED" : "MISSING_IN_STATEMENT";
    }

    private JsonNode importStatement(String token, LocalDate day, String csv) {
        LedgerClient.Response report = api.post("/api/finance/gateway-statements/" + day, csv).as(token)
                .header("Content-Type", CSV).send();
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json();
    }

    /** The differences that name these references: kind, reference, statement amount, journal amount. */
    private static List<List<String>> differencesAbout(JsonNode report, Set<String> references) {
        List<List<String>> named = new ArrayList<>();
        for (JsonNode difference : report.at("/differences")) {
            if (references.contains(difference.at("/reference").asText())) {
                named.add(List.of(difference.at("/kind").asText(), difference.at("/reference").asText(),
                        String.valueOf(difference.at("/statementAmount").textValue()),
                        String.valueOf(difference.at("/ledgerAmount").textValue())));
            }
        }
        return named;
    }

    private static JsonNode differenceAbout(JsonNode report, String reference) {
        Map<String, JsonNode> byReference = new HashMap<>();
        report.at("/differences").forEach(difference -> byReference.put(difference.at("/reference").asText(), difference));
        return byReference.get(reference);
    }

    private static void assertBadRequest(LedgerClient.Response response, String detail) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text()).contains(detail);
    }
}
