package dev.orderledger.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's queues and finance in a real browser: an admin retries one intervention and resolves another
 * with a note; finance runs a reconciliation and reads that the books balance, and cannot open the queue.
 * Screenshots: target/console-screenshots.
 */
class ConsoleOperationsIT extends LedgerIntegrationTest {

    @Test
    void anAdminRetriesAnInterventionAndResolvesAnotherWithANote() {
        String stuck = raiseIntervention(InterventionProcess.REFUND, "R11_REFUND_FAILED", "the gateway refused the refund");
        String lost = raiseIntervention(InterventionProcess.FULFILLMENT, "CARRIER_LOST_PARCEL", "no scan for ten days");

        try (Browser browser = new Browser(baseUrl(), 1280, 1000)) {
            browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
            browser.open("/console/interventions");
            WebElement card = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> {
                browser.open("/console/interventions");
                return browser.find(By.id("intervention-" + stuck));
            }, found -> found != null);
            assertThat(card.getText()).contains("R11_REFUND_FAILED", "the gateway refused the refund", "OPEN");
            browser.screenshot("05-intervention-queue");

            card.findElement(By.xpath(".//button[text()='Retry']")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("Retry asked for " + stuck + ".");
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(stuck)).isEqualTo("RETRY_REQUESTED"));

            browser.open("/console/interventions");
            WebElement other = browser.find(By.id("intervention-" + lost));
            other.findElement(By.tagName("textarea")).sendKeys("the carrier found it; delivered by hand");
            other.findElement(By.xpath(".//button[text()='Resolve']")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo(lost + " is resolved.");
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                JsonNode resolved = api.get("/api/admin/interventions/" + lost).as(admin().token()).send().json();
                assertThat(resolved.at("/status").asText()).isEqualTo("RESOLVED");
                assertThat(resolved.at("/note").asText()).isEqualTo("the carrier found it; delivered by hand");
            });
            browser.open("/console/interventions?status=RESOLVED");
            assertThat(browser.find(By.id("intervention-" + lost)).getText()).contains("the carrier found it; delivered by hand");
            browser.screenshot("06-intervention-resolved");
        }
    }

    @Test
    void financeRunsAReconciliationAndReadsThatTheBooksBalanceButCannotOpenTheQueue() {
        User finance = withRoles(buyer(), "FINANCE");
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Ledger lamp", "12.50"), 1));
        pay(buyer, "pay-" + orderId, orderId);
        awaitOrder(buyer, orderId, order -> java.util.Set.of("PAID", "FULFILLING", "COMPLETED").contains(order.at("/status").asText()));
        try (Browser browser = new Browser(baseUrl(), 1280, 1000)) {
            browser.signIn(finance.email(), finance.password());
            assertThat(browser.path()).as("finance starts at the reconciliation").isEqualTo("/console/reconciliation");
            assertThat(browser.all(By.linkText("Interventions"))).isEmpty();
            browser.find(By.xpath("//button[text()='Run the reconciliation']")).click();
            assertThat(browser.find(By.id("result")).getText()).isEqualTo("The books balance.");
            assertThat(browser.text()).contains("Events replayed", "Sum of all balances, per currency");
            String paid = browser.find(By.xpath("//dt[text()='Pay orders paid']/following-sibling::dd[1]")).getText();
            assertThat(Long.parseLong(paid.substring(0, paid.indexOf(' ')))).as("pay orders paid, checked").isPositive();
            assertThat(browser.all(By.cssSelector("main table tbody tr"))).as("a sum per currency").isNotEmpty();
            browser.screenshot("07-reconciliation-balances");

            browser.open("/console/interventions");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        }
    }

    private String status(String interventionId) {
        return api.get("/api/admin/interventions/" + interventionId).as(admin().token()).send().at("/status");
    }
}
