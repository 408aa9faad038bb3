package dev.orderledger.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's orders in a real browser: an admin signs in, finds an order by its id and reads its
 * timeline; its seller finds it among their own; another seller can neither open nor find it; a wrong
 * password and a visit without signing in end at the sign-in page. Customer service (an admin) cancels an unpaid
 * order and opens a refund, refused first for a field typed wrong; a seller rejects a buyer's refund, and an
 * admin approves it in arbitration. Screenshots: target/console-screenshots.
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

    @Test
    void customerServiceCancelsAnUnpaidOrderOpensARefundAndTheSellerAndAnAdminDecideOne() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Console teapot", "20.00");
        String unpaid = placedOrder(buyer, orderOf(null, productId, 1));
        String paid = placedOrder(buyer, orderOf(null, productId, 3));
        pay(buyer, "pay-" + paid, paid);
        awaitOrder(admin(), paid, order -> PAID_OR_LATER.contains(order.at("/status").asText()));
        LedgerClient.Response asked = api.post("/api/orders/" + paid + "/refunds", Map.of("lineNo", 1, "quantity", 1,
                "withReturn", false, "reason", "the lid is chipped")).as(buyer.token()).send();
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        String buyersRefund = asked.at("/refundId");
        awaitOrder(admin(), paid, order -> order.at("/refunds").size() == 1);

        try (Browser browser = new Browser(baseUrl(), 1280, 1100)) {
            browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
            browser.open("/console/orders/" + unpaid);
            browser.find(By.xpath("//button[text()='Cancel the order']")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).startsWith("The order is cancelled.");
            assertThat(browser.find(By.cssSelector(".facts .status")).getText()).isEqualTo("CANCELLED");
            assertThat(browser.find(By.cssSelector("ol.timeline")).getText()).containsPattern("OrderCancelled → CANCELLED by [0-9]+ because CUSTOMER_SERVICE")
                    .doesNotContain("CANCELLED by " + buyer.userId());
            assertThat(api.get("/api/orders/" + unpaid).as(buyer.token()).send().json().at("/cancellationReason").asText())
                    .isEqualTo("CUSTOMER_SERVICE");

            browser.open("/console/orders/" + paid);
            assertThat(browser.all(By.xpath("//button[text()='Cancel the order']"))).as("a paid order is refunded, not cancelled").isEmpty();
            new Select(browser.find(By.id("refund-line"))).selectByValue("1");
            browser.find(By.id("refund-reason")).sendKeys("sent the wrong colour");
            browser.find(By.xpath("//button[text()='Open the refund']")).click();
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).isEqualTo("Units: a number from 1 to 10000.");
            assertThat(browser.find(By.id("refund-reason")).getAttribute("value")).as("the form as typed").isEqualTo("sent the wrong colour");

            browser.find(By.id("refund-units")).sendKeys("5");
            browser.find(By.xpath("//button[text()='Open the refund']")).click();
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).startsWith("No refund was opened: line 1 has");
            assertThat(api.get("/api/orders/" + paid).as(admin().token()).send().json().at("/refunds").size())
                    .as("nothing was opened").isEqualTo(1);

            WebElement units = browser.find(By.id("refund-units"));
            units.clear();
            units.sendKeys("1");
            browser.find(By.xpath("//button[text()='Open the refund']")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).matches("Refund refund-[0-9a-f-]{36} is opened\\..*");
            List<WebElement> refunds = browser.all(By.cssSelector("section[aria-labelledby=refunds] tbody tr"));
            assertThat(refunds).hasSize(2);
            assertThat(browser.find(By.cssSelector("section[aria-labelledby=refunds]")).getText())
                    .contains("ADMIN", "20.00 CNY", "sent the wrong colour");
            browser.screenshot("25-customer-service-refund");
        }

        try (Browser sellers = new Browser(baseUrl(), 1280, 1100)) {
            sellers.signIn(seller.email(), seller.password());
            sellers.open("/console/orders/" + paid);
            assertThat(sellers.all(By.xpath("//button[text()='Open the refund']"))).as("customer service is an admin's").isEmpty();
            WebElement row = sellers.find(By.id("refund-" + buyersRefund));
            row.findElement(By.xpath(".//button[text()='Reject']")).click();
            assertThat(sellers.find(By.cssSelector("[role=alert]")).getText()).isEqualTo("Reason: a rejection says why.");
            row = sellers.find(By.id("refund-" + buyersRefund));
            row.findElement(By.cssSelector("input[name=reason]")).sendKeys("the lid was chipped by the buyer");
            row.findElement(By.xpath(".//button[text()='Reject']")).click();
            assertThat(sellers.find(By.cssSelector("[role=status]")).getText()).startsWith("Refund " + buyersRefund + " is rejected.");
            assertThat(sellers.find(By.id("refund-" + buyersRefund)).getText()).contains("REJECTED", "the lid was chipped by the buyer");
            assertThat(sellers.find(By.id("refund-" + buyersRefund)).findElements(By.tagName("button")))
                    .as("arbitration is an admin's").isEmpty();
        }

        try (Browser browser = new Browser(baseUrl(), 1280, 1100)) {
            browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
            browser.open("/console/orders/" + paid);
            browser.find(By.id("refund-" + buyersRefund)).findElement(By.xpath(".//button[text()='Approve after all']")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).startsWith("Refund " + buyersRefund + " is approved.");
            awaitOrder(buyer, paid, order -> java.util.stream.StreamSupport.stream(order.at("/refunds").spliterator(), false)
                    .anyMatch(r -> r.at("/refundId").asText().equals(buyersRefund) && !"REJECTED".equals(r.at("/status").asText())));
            browser.screenshot("26-refund-arbitrated");
        }
    }

    private static List<WebElement> awaitRows(Browser browser, int count) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> browser.all(By.cssSelector("main table tbody tr")), rows -> rows.size() == count);
    }
}
