package dev.orderledger.app.console;

import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order review queue in a real browser: two orders of a blacklisted buyer wait under review; an admin
 * approves one (it awaits payment) and rejects the other with a note (it is cancelled for risk control).
 * The review rules are the ledger's own: this test sets them and puts back none.
 */
class ConsoleReviewsIT extends LedgerIntegrationTest {

    @AfterEach
    void noRules() {
        assertThat(api.put("/api/admin/review-rules", Map.of()).as(admin().token()).send().status()).isEqualTo(200);
    }

    /** An order the rules hold: placement answers that it awaits confirmation. */
    private String heldOrder(User buyer, String productId) {
        var placed = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send();
        assertThat(placed.status()).as(placed.toString()).isIn(201, 202);
        return placed.at("/orderId");
    }

    @Test
    void anAdminApprovesOneHeldOrderAndRejectsAnotherWithANote() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Reviewed scarf", "88.00");
        assertThat(api.put("/api/admin/review-rules", Map.of("blacklist", List.of(buyer.userId()), "decideWithin", "PT1H"))
                .as(admin().token()).send().status()).isEqualTo(200);
        String approved = heldOrder(buyer, productId);
        String rejected = heldOrder(buyer, productId);
        awaitOrder(admin(), approved, "UNDER_REVIEW");
        awaitOrder(admin(), rejected, "UNDER_REVIEW");

        try (Browser browser = new Browser(baseUrl(), 1280, 1000)) {
            browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
            WebElement first = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> {
                browser.open("/console/reviews");
                return browser.find(By.id("review-" + approved));
            }, found -> found != null);
            assertThat(first.getText()).contains("BLACKLISTED", buyer.userId(), "88.00 CNY");
            browser.screenshot("08-review-queue");
            first.findElement(By.xpath(".//button[text()='Approve']")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("Order " + approved + " is approved: it awaits payment.");
            awaitOrder(admin(), approved, "PENDING_PAYMENT");

            browser.open("/console/reviews");
            WebElement second = browser.find(By.id("review-" + rejected));
            second.findElement(By.tagName("textarea")).sendKeys("the same card on ten accounts");
            second.findElement(By.xpath(".//button[text()='Reject']")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).startsWith("Order " + rejected + " is rejected");
            assertThat(awaitOrder(admin(), rejected, "CANCELLED").at("/cancellationReason").asText()).isEqualTo("RISK_CONTROL");
            await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
                browser.open("/console/reviews?status=REJECTED");
                assertThat(browser.find(By.id("review-" + rejected)).getText()).contains("the same card on ten accounts");
            });
            browser.screenshot("09-review-rejected");
        }
    }
}
