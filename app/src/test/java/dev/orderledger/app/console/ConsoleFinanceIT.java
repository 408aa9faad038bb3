package dev.orderledger.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.gateway.GatewayStatement;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Finance in the console, in a real browser: finance runs the reconciliation and reads the balances per account kind;
 * uploads the gateway's statement of the day and sees its payment matched, then a statement that lists another amount
 * and sees the mismatch with its order; opens the day's settlement and sees the seller and the money flow chart; reads
 * the seller's balance at the day's end and before the order. An admin sees the intervention queue over time. A seller
 * opens none of finance's pages. Screenshots: target/console-screenshots.
 */
class ConsoleFinanceIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;

    @Test
    void financeReconcilesMatchesTheGatewaysStatementAndReadsTheSettlementAndABalanceAtAnInstant(@TempDir Path files)
            throws IOException {
        Instant beforeTheOrder = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        User seller = seller();
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller, "Finance lamp " + UUID.randomUUID(), "44.00"), 2));
        String payOrderId = pay(buyer, "console-fin-" + UUID.randomUUID(), orderId);
        JsonNode completed = confirmReceipt(buyer, orderId);
        LocalDate day = LocalDate.ofInstant(Instant.parse(completed.at("/completedAt").asText()), ZoneOffset.UTC);
        assumeThat(List.of(storedOn("pay-in:" + payOrderId), LocalDate.now(ZoneOffset.UTC)))
                .as("the test ran across midnight (UTC)").containsOnly(day);
        Path agreeing = statement(files, "agreeing.csv", payOrderId, "88.00");
        Path mismatched = statement(files, "mismatched.csv", payOrderId, "80.00");
        User finance = withRoles(buyer(), "FINANCE");

        try (Browser browser = new Browser(baseUrl(), 1280, 1400)) {
            browser.signIn(finance.email(), finance.password());
            browser.find(By.xpath("//button[text()='Run the reconciliation']")).click();
            // other tests' sellers share the database (some with extreme amounts): this seller's 88.00 is read at an instant below
            assertThat(Long.parseLong(browser.find(By.cssSelector("#kind-seller-CNY td.amount:nth-last-child(2)")).getText()))
                    .as("seller accounts counted, this seller's among them").isPositive();
            assertThat(sum(browser, "kind-platform-gateway-CNY")).as("money entered through the gateway").isNegative();
            BigDecimal kinds = browser.all(By.cssSelector("tr[id^=kind-][id$=-CNY] td.amount:last-child")).stream()
                    .map(cell -> new BigDecimal(cell.getText())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(kinds).as("the kinds add up to the sum of all balances")
                    .isEqualByComparingTo(browser.find(By.cssSelector("#sum-CNY td")).getText());
            browser.screenshot("10-reconciliation-per-kind");

            browser.find(By.linkText("Gateway statement")).click();
            assertThat(browser.find(By.id("day")).getAttribute("value")).isEqualTo(day.toString());
            browser.find(By.id("statement")).sendKeys(Files.writeString(files.resolve("other.csv"), "order,amount\n1,2\n")
                    .toAbsolutePath().toString());
            browser.find(By.xpath("//button[text()='Match with the journal']")).click();
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
                    .isEqualTo("Statement file: line 1: the header must be " + GatewayStatement.HEADER + ".");
            browser.find(By.id("statement")).sendKeys(agreeing.toAbsolutePath().toString());
            browser.find(By.xpath("//button[text()='Match with the journal']")).click();
            assertThat(outcomeOf(browser, payOrderId)).isEqualTo("matched");
            assertThat(Integer.parseInt(browser.find(By.id("matched")).getText())).isEqualTo(1);
            assertThat(browser.all(By.cssSelector("tr.difference"))).extracting(WebElement::getText)
                    .noneMatch(row -> row.contains(payOrderId));
            browser.screenshot("11-gateway-statement-matched");

            browser.find(By.id("statement")).sendKeys(mismatched.toAbsolutePath().toString());
            browser.find(By.xpath("//button[text()='Match with the journal']")).click();
            assertThat(outcomeOf(browser, payOrderId)).isEqualTo("AMOUNT");
            assertThat(browser.find(By.id("result")).getText()).matches("\\d+ differences?");
            WebElement difference = browser.find(By.xpath("//tr[@class='difference'][td[1][text()='" + payOrderId + "']]"));
            assertThat(difference.findElements(By.tagName("td"))).extracting(WebElement::getText)
                    .contains("80.00 CNY", "88.00 CNY", "pay-in:" + payOrderId);
            assertThat(difference.findElement(By.tagName("th")).getText()).isEqualTo("AMOUNT");
            assertThat(difference.findElement(By.tagName("a")).getAttribute("href")).contains("/console/orders/");
            browser.screenshot("12-gateway-statement-mismatch");

            browser.find(By.linkText("The day's settlement")).click();
            WebElement row = browser.find(By.id("seller-" + seller.userId() + "-CNY"));
            assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
                    .startsWith("CNY", "1", "88.00", "0.00", "88.00");
            WebElement chart = browser.find(By.cssSelector("svg#flows-CNY"));
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo("Money flow on " + day + " in CNY");
            assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSameSizeAs(
                    browser.all(By.xpath("//tr[@class='flow'][td[2][text()='CNY']]")));
            assertThat(browser.all(By.xpath("//tr[@class='flow'][td[1][text()='seller']]"))).as("a flow into sellers' accounts").isNotEmpty();
            browser.screenshot("13-daily-settlement");

            row.findElement(By.linkText("Balance at the day's end")).click();
            assertThat(browser.find(By.id("balance")).getText()).isEqualTo("88.00 CNY");
            assertThat(browser.find(By.id("result")).getText()).startsWith("seller:" + seller.userId() + " held 88.00 CNY at ");
            assertThat(browser.find(By.cssSelector("svg#balance-chart path.series")).getAttribute("d")).startsWith("M90.0,");
            browser.screenshot("14-account-at-the-days-end");

            WebElement at = browser.find(By.id("at"));
            at.clear();
            at.sendKeys("yesterday");
            browser.find(By.xpath("//button[text()='Show the balance']")).click();
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).startsWith("At: an instant in UTC");
            at = browser.find(By.id("at"));
            at.clear();
            at.sendKeys(beforeTheOrder.toString());
            browser.find(By.xpath("//button[text()='Show the balance']")).click();
            assertThat(browser.find(By.id("balance")).getText()).isEqualTo("nothing");
            assertThat(browser.find(By.id("result")).getText()).startsWith("No posting by " + beforeTheOrder);
        }
    }

    @Test
    void anAdminSeesTheInterventionQueueOverTimeAndASellerOpensNoneOfFinancesPages() {
        String reference = "refund-" + UUID.randomUUID();
        InterventionId raised = InterventionId.of(InterventionProcess.REFUND, reference);
        commands.sendAndWait(new RaiseInterventionCommand(raised, InterventionProcess.REFUND, reference,
                "R11_REFUND_FAILED", "the gateway refused the refund", Instant.now()));
        try (Browser browser = new Browser(baseUrl(), 1280, 1000)) {
            browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            WebElement lastDay = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> {
                browser.open("/console/interventions");
                return browser.find(By.xpath("//details//tr[th[text()='" + today + "']]/td"));
            }, cell -> Long.parseLong(cell.getAttribute("textContent")) >= 1);
            assertThat(browser.all(By.cssSelector("details tbody tr"))).hasSize(30);
            WebElement chart = browser.find(By.cssSelector("svg#queue-chart"));
            assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent"))
                    .contains(lastDay.getAttribute("textContent") + " open at the end of today");
            browser.screenshot("15-intervention-queue-over-time");

            browser.find(By.xpath("//button[text()='Sign out']")).click();
            User seller = seller();
            browser.signIn(seller.email(), seller.password());
            assertThat(browser.all(By.linkText("Settlement"))).isEmpty();
            for (String page : List.of("/console/reconciliation", "/console/gateway-statements",
                    "/console/settlements", "/console/accounts?account=seller:" + seller.userId())) {
                browser.open(page);
                assertThat(browser.find(By.tagName("h1")).getText()).as(page).isEqualTo("Not for your role");
            }
        }
    }

    private LocalDate storedOn(String transferId) {
        String stored = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForList(
                "SELECT timestamp FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
                String.class, transferId), found -> !found.isEmpty()).get(0);
        return LocalDate.ofInstant(DateTimeUtils.parseInstant(stored), ZoneOffset.UTC);
    }

    /** A statement of one payment line for this pay order, at this amount (CNY). */
    private static Path statement(Path files, String name, String payOrderId, String amount) throws IOException {
        return Files.writeString(files.resolve(name), GatewayStatement.HEADER + "\n" + "tx-" + UUID.randomUUID()
                + ",PAYMENT," + payOrderId + "," + amount + ",CNY," + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n");
    }

    private static BigDecimal sum(Browser browser, String rowId) {
        return new BigDecimal(browser.find(By.cssSelector("#" + rowId + " td.amount:last-child")).getText());
    }

    private static String outcomeOf(Browser browser, String reference) {
        return browser.find(By.xpath("//tr[@class='line'][td[2][text()='" + reference + "']]/td[last()]")).getText();
    }
}
