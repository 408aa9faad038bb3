package dev.orderledger.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.app.support.PoisonedOrderViews;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's operations in a real browser: an admin reads each projection's position and lag, finds a poison
 * event among the dead letters and retries it once the cause is gone (the section changes in place, the count
 * goes down); starts the search index's rebuild and watches its progress reach done; blocks a user with a reason,
 * finds them among the blocked and unblocks them; changes a review rule and reads it back. A seller opens none of
 * it. Screenshots: target/console-screenshots.
 */
class ConsoleProjectionsIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    /**
     * One admin's session. The poison event goes first: the projection tries its batch three times, seconds
     * apart, before it parks it, and meanwhile the admin works on risk control and the search index.
     */
    @Test
    void anAdminWorksOnRiskControlTheSearchIndexAndADeadLetter() throws Exception {
        PoisonedOrderViews poison = new PoisonedOrderViews(jdbc);
        User poisoned = buyer();
        String productId = productOnShelf(seller(), "Console colander", "30.00");
        poison.rejectRowsOf(poisoned.userId());
        String orderId;
        try {
            orderId = placedWithoutWaiting(poisoned, orderOf(null, productId, 1));
            try (Browser browser = new Browser(baseUrl(), 1280, 1400)) {
                browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
                blocksAUserWithAReasonAndUnblocksThem(browser, buyer());
                changesAReviewRule(browser, buyer());
                rebuildsTheSearchIndexAndWatchesItsProgressReachDone(browser);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> lettersOf(orderId) > 0);
                poison.cure();
                readsPositionsAndLagAndRetriesTheDeadLetter(browser, orderId);
            }
        } finally {
            poison.cure();
        }
        awaitOrder(poisoned, orderId, "PENDING_PAYMENT");
    }

    private void readsPositionsAndLagAndRetriesTheDeadLetter(Browser browser, String orderId) {
        browser.find(By.linkText("Projections")).click();
        assertThat(browser.path()).isEqualTo("/console/projections");
        // a segment claimed a moment ago, or retrying an event before it parks it, has no position yet: the page says "—"
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            browser.open("/console/projections");
            long head = Long.parseLong(browser.find(By.id("head")).getText());
            assertThat(head).as("the event store's head").isPositive();
            WebElement row = browser.find(By.id("row-order-views"));
            long position = Long.parseLong(row.findElement(By.className("position")).getText());
            long behind = Long.parseLong(row.findElement(By.className("behind")).getText());
            assertThat(position).isPositive().isLessThanOrEqualTo(head);
            assertThat(behind).as("behind = head - position").isEqualTo(head - position);
        });
        WebElement orderViews = browser.find(By.id("row-order-views"));
        assertThat(browser.find(By.id("row-product-search")).getText()).contains("running");
        long before = Long.parseLong(orderViews.findElement(By.className("dead-letters")).getText());
        assertThat(before).isPositive();

        WebElement letter = firstLetterOf(browser, orderId);
        assertThat(letter.getText()).contains("OrderPlacedEvent", "order view row poisoned for the test");
        browser.screenshot("20-projections-dead-letter");

        browser.markPage();
        letter.findElement(By.xpath(".//button[text()='Retry']")).click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
            assertThat(browser.find(By.cssSelector("#projection-order-views [role=status]")).getText())
                    .startsWith("Retried: 1 sequence(s) went through;");
            assertThat(browser.all(By.xpath("//tr[contains(@class,'letter')][contains(., '" + orderId + "')]"))).isEmpty();
        });
        long after = Long.parseLong(browser.find(By.cssSelector("#row-order-views .dead-letters")).getText());
        assertThat(after).as("the table changed in place too").isLessThan(before);
        assertThat(browser.samePage()).as("htmx swapped the section and the table; the page stayed").isTrue();
        browser.screenshot("21-projections-retried");
    }

    private void rebuildsTheSearchIndexAndWatchesItsProgressReachDone(Browser browser) {
        browser.open("/console/projections");
        browser.markPage();
        browser.find(By.xpath("//button[text()='Rebuild the search index']")).click();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> browser.find(By.id("rebuild-state")).getText(), state -> state.equals("DONE"));
        assertThat(browser.samePage()).as("the progress came in place, not by loading the page again").isTrue();
        String indexed = browser.find(By.id("rebuild-indexed")).getText();
        String[] counts = indexed.split(" of ");
        assertThat(Long.parseLong(counts[0])).as(indexed).isPositive().isEqualTo(Long.parseLong(counts[1]));
        assertThat(browser.find(By.id("rebuild-progress")).getAttribute("hx-trigger")).as("polling stopped").isNull();
        browser.screenshot("22-search-index-rebuilt");

        browser.open("/console/projections");
        assertThat(browser.find(By.id("rebuild-state")).getText()).as("a plain reload shows it too").isEqualTo("DONE");
        assertThat(Long.parseLong(browser.find(By.id("rebuild-folded")).getText())).isPositive();
    }

    private void blocksAUserWithAReasonAndUnblocksThem(Browser browser, User buyer) {
        browser.find(By.linkText("Risk")).click();
        browser.find(By.id("block-user")).sendKeys(buyer.userId());
        browser.find(By.id("block-reason")).sendKeys("   ");
        browser.find(By.xpath("//button[text()='Block']")).click();
        assertThat(browser.find(By.id("block-reason-error")).getText()).startsWith("Reason: 1 to 500 characters");
        assertThat(blocked(buyer)).as("nothing changed").isFalse();

        browser.find(By.id("block-reason")).sendKeys("chargebacks on three cards");
        browser.find(By.xpath("//button[text()='Block']")).click();
        assertThat(browser.find(By.cssSelector("[role=status]")).getText()).startsWith(buyer.userId() + " is blocked");
        assertThat(browser.find(By.id("standing")).getText()).contains("is blocked.", "chargebacks on three cards");
        assertThat(blocked(buyer)).isTrue();
        WebElement row = await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            browser.open("/console/risk");
            return browser.find(By.id("blocked-" + buyer.userId()));
        }, found -> found != null);
        assertThat(row.getText()).contains("chargebacks on three cards");
        browser.screenshot("23-risk-blocked");

        row.findElement(By.tagName("textarea")).sendKeys("the bank confirmed the cards are his");
        row.findElement(By.xpath(".//button[text()='Unblock']")).click();
        assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo(buyer.userId() + " is no longer blocked.");
        assertThat(blocked(buyer)).isFalse();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> {
            browser.open("/console/risk");
            assertThat(browser.all(By.id("blocked-" + buyer.userId()))).isEmpty();
        });
    }

    /** The review rules are the ledger's own: this test puts back none. */
    private void changesAReviewRule(Browser browser, User buyer) {
        try {
            browser.open("/console/risk#rules");
            browser.find(By.id("whitelist")).sendKeys("not a user!");
            browser.find(By.xpath("//button[text()='Change the rules']")).click();
            assertThat(browser.find(By.id("whitelist-error")).getText()).startsWith("Whitelist (user ids, one a line):")
                    .contains("user!");
            assertThat(api.get("/api/admin/review-rules").as(admin().token()).send().json().at("/whitelist").size())
                    .as("nothing changed").isZero();

            browser.find(By.id("whitelist")).clear();
            browser.find(By.id("whitelist")).sendKeys(buyer.userId());
            WebElement perDay = browser.find(By.id("maxOrdersPerDay"));
            perDay.clear();
            perDay.sendKeys("90000");
            browser.find(By.xpath("//button[text()='Change the rules']")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).startsWith("The review rules are changed");
            assertThat(browser.find(By.id("maxOrdersPerDay")).getAttribute("value")).isEqualTo("90000");
            assertThat(browser.find(By.id("whitelist")).getAttribute("value")).isEqualTo(buyer.userId());
            JsonNode rules = api.get("/api/admin/review-rules").as(admin().token()).send().json();
            assertThat(rules.at("/maxOrdersPerDay").asInt()).isEqualTo(90000);
            assertThat(rules.at("/whitelist/0").asText()).isEqualTo(buyer.userId());
            browser.screenshot("24-risk-review-rules");
        } finally {
            assertThat(api.put("/api/admin/review-rules", Map.of()).as(admin().token()).send().status()).isEqualTo(200);
        }
    }

    @Test
    void aSellerOpensNeitherTheProjectionsNorRiskControl() {
        User seller = seller();
        try (Browser browser = new Browser(baseUrl(), 390, 844)) {
            browser.signIn(seller.email(), seller.password());
            assertThat(browser.all(By.linkText("Projections"))).isEmpty();
            assertThat(browser.all(By.linkText("Risk"))).isEmpty();
            for (String page : List.of("/console/projections", "/console/risk", "/console/projections/search-rebuild")) {
                browser.open(page);
                assertThat(browser.find(By.tagName("h1")).getText()).as(page).isEqualTo("Not for your role");
            }
        }
    }

    private static WebElement firstLetterOf(Browser browser, String orderId) {
        return browser.find(By.xpath("//section[@id='projection-order-views']//tr[contains(@class,'letter')][contains(., '"
                + orderId + "')]"));
    }

    private long lettersOf(String orderId) {
        JsonNode letters = api.get("/api/admin/projections/order-views/dead-letters?limit=1000").as(admin().token()).send().json();
        long count = 0;
        for (JsonNode letter : letters) {
            count += letter.at("/aggregateId").asText().equals(orderId) ? 1 : 0;
        }
        return count;
    }

    private boolean blocked(User user) {
        return api.get("/api/admin/users/" + user.userId() + "/standing").as(admin().token()).send().json().at("/blocked")
                .asBoolean();
    }
}
