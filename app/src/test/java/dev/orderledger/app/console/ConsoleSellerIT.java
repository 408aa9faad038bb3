package dev.orderledger.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.notification.HttpsReceiver;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A seller's own pages in a real browser: what the platform paid them for a completed order, and their webhook
 * endpoint's deliveries with each attempt, one of them sent again and received a second time. Another seller
 * finds neither; an admin is not a seller. Screenshots: target/console-screenshots.
 */
class ConsoleSellerIT extends LedgerIntegrationTest {

    @Test
    void aSellerReadsTheirSettlementAndTheirWebhookDeliveriesAndSendsOneAgain() {
        try (HttpsReceiver receiver = HttpsReceiver.answering(200)) {
            User seller = seller();
            LedgerClient.Response registered = api.post("/api/webhooks", Map.of("url", receiver.url(),
                    "secret", "whsec-" + UUID.randomUUID(), "kinds", List.of("ORDER_PAID"))).as(seller.token()).send();
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            String webhook = registered.at("/id");
            User buyer = buyer();
            String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller, "Seller's clock", "45.60"), 2));
            pay(buyer, "pay-" + orderId, orderId);
            confirmReceipt(buyer, orderId);
            JsonNode settled = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/seller/settlements")
                    .as(seller.token()).send().json(), page -> page.at("/totalOrders").asLong() == 1);
            String paidToSeller = settled.at("/orders/0/amount/amount").asText() + " " + settled.at("/orders/0/amount/currency").asText();
            assertThat(paidToSeller).as("two clocks, less the platform's commission").matches("[0-9]+\\.[0-9]{2} CNY");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted().size() == 1);
            String delivery = receiver.accepted().get(0).deliveryId();

            try (Browser browser = new Browser(baseUrl(), 1280, 1000)) {
                browser.signIn(seller.email(), seller.password());
                browser.find(By.linkText("My settlements")).click();
                assertThat(browser.find(By.id("settled")).getText()).isEqualTo("1 orders settled");
                WebElement row = browser.find(By.cssSelector("table[aria-labelledby=settled] tbody tr"));
                assertThat(row.getText()).contains(orderId, paidToSeller);
                assertThat(browser.find(By.id("totals")).getText()).contains("Settled in the period\n" + paidToSeller);
                browser.screenshot("16-seller-settlements");

                browser.open("/console/seller/settlements?from=2026-13-01");
                assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).startsWith("From: a day from 1970-01-01");

                browser.find(By.linkText("My webhooks")).click();
                assertThat(browser.find(By.id("webhook-" + webhook)).getText()).contains(receiver.url(), "ORDER_PAID", "enabled");
                browser.find(By.linkText(webhook)).click();
                WebElement card = browser.find(By.id("delivery-" + delivery));
                assertThat(card.getText()).contains("ORDER_PAID", "order " + orderId, "DELIVERED", "status 200");
                card.findElement(By.xpath(".//button[text()='Send again']")).click();
                assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("Delivery " + delivery + " is sent again.");
                await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted().stream()
                        .filter(request -> request.deliveryId().equals(delivery)).count() == 2);
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    browser.open("/console/seller/webhooks/" + webhook + "?status=DELIVERED");
                    assertThat(browser.all(By.cssSelector("#delivery-" + delivery + " tbody tr"))).as("two attempts").hasSize(2);
                });
                browser.screenshot("17-seller-webhook-deliveries");
            }

            User other = seller();
            try (Browser browser = new Browser(baseUrl(), 390, 844)) {
                browser.signIn(other.email(), other.password());
                browser.open("/console/seller/webhooks/" + webhook);
                assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
                browser.open("/console/seller/settlements");
                assertThat(browser.find(By.id("settled")).getText()).isEqualTo("0 orders settled");
                assertThat(browser.text()).doesNotContain(orderId);
            }
            try (Browser browser = new Browser(baseUrl(), 1280, 900)) {
                browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
                assertThat(browser.all(By.linkText("My webhooks"))).isEmpty();
                browser.open("/console/seller/settlements");
                assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not for your role");
            }
        }
    }
}
