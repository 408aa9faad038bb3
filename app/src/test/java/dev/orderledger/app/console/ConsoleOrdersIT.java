package dev.orderledger.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's orders in a real browser: an admin signs in, finds an order by its id and reads its
 * timeline; its seller finds it among their own; another seller can neither open nor find it; a wrong
 * password and a visit without signing in end at the sign-in page. Screenshots: target/console-screenshots.
 */
class ConsoleOrdersIT extends LedgerIntegrationTest {

    private static final Set<String> PAID_OR_LATER = Set.of("PAID", "FULFILLING", "COMPLETED");

    @Test
    void anAdminFindsAnOrderAndReadsItsTimelineAndItsSellerAloneOfTheSellersSeesIt() {
        User seller = seller();
        User otherSeller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Console kettle", "39.90");
        String orderId = placedOrder(buyer, orderOf(null, productId, 2));
        pay(buyer, "pay-" + orderId, orderId);
        JsonNode paid = awaitOrder(admin(), orderId, order -> PAID_OR_LATER.contains(order.at("/status").asText()));

        try (Browser browser = new Browser(baseUrl(), 1280, 900)) {
            browser.open("/console/orders");
            assertThat(browser.path()).as("a visit without signing in goes to the sign-in page").isEqualTo("/console/login");

            browser.signIn(ADMIN_EMAIL, "not-the-password");
            assertThat(browser.path()).isEqualTo("/console/login");
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).isEqualTo("Wrong login or password.");
            browser.screenshot("01-sign-in-refused");

            browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
            assertThat(browser.path()).isEqualTo("/console/orders");
            browser.find(By.id("order")).sendKeys(orderId);
            browser.find(By.cssSelector("form.search button[type=submit]")).click();
            List<WebElement> rows = awaitRows(browser, 1);
            assertThat(rows.get(0).getText()).contains(orderId, buyer.userId(), seller.userId(), "79.80 CNY");
            browser.screenshot("02-admin-finds-the-order");

            rows.get(0).findElement(By.linkText(orderId)).click();
            assertThat(browser.path()).isEqualTo("/console/orders/" + orderId);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Order " + orderId);
            List<String> steps = browser.all(By.cssSelector("ol.timeline li strong")).stream().map(WebElement::getText).toList();
            // every step the API showed, in its order (the order may have gone on since)
            List<String> shown = new java.util.ArrayList<>();
            paid.at("/timeline").forEach(step -> shown.add(step.at("/event").asText()));
            assertThat(steps).startsWith(shown.toArray(String[]::new)).contains("OrderPlaced", "PaymentSucceeded");
            assertThat(browser.find(By.cssSelector("ol.timeline")).getText()).contains("by " + buyer.userId());
            assertThat(browser.text()).contains("Console kettle", "pay-" + orderId, "P8_SUCCESS");
            browser.screenshot("03-order-timeline");
        }

        try (Browser sellers = new Browser(baseUrl(), 1280, 900)) {
            sellers.signIn(seller.email(), seller.password());
            assertThat(sellers.path()).isEqualTo("/console/orders");
            assertThat(sellers.all(By.id("buyer"))).as("a seller searches their own orders only").isEmpty();
            assertThat(sellers.text()).contains(orderId);
            sellers.open("/console/orders/" + orderId);
            assertThat(sellers.find(By.tagName("h1")).getText()).isEqualTo("Order " + orderId);
        }

        try (Browser other = new Browser(baseUrl(), 390, 844)) {
            other.signIn(otherSeller.email(), otherSeller.password());
            other.open("/console/orders/" + orderId);
            assertThat(other.find(By.tagName("h1")).getText()).isEqualTo("Not found");
            assertThat(other.text()).doesNotContain(buyer.userId());
            other.screenshot("04-another-seller-finds-nothing-phone");
            other.open("/console/orders?order=" + orderId);
            assertThat(other.find(By.cssSelector("p.count")).getText()).isEqualTo("0 orders");
        }
    }

    private static List<WebElement> awaitRows(Browser browser, int count) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> browser.all(By.cssSelector("main table tbody tr")), rows -> rows.size() == count);
    }
}
