package dev.orderledger.app.slice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An order's life over HTTP, each step by the role allowed to take it, and the seeds' ABA case. */
class OrderLifecycleIT extends LedgerIntegrationTest {

    @Test
    void anOrderGoesFromPlacementToCompletionAndAStaleTrackingRetryCannotOverwriteANewerNumber() {
        User seller = seller();
        User buyer = buyer();
        String adminToken = admin().token();
        String productId = productOnShelf(seller, "Desk lamp", "100.00");
        String orderId = api.post("/api/orders", orderOf(null, productId, 3)).as(buyer.token()).send().at("/orderId");
        String order = "/api/orders/" + orderId;
        String admin = "/api/admin/orders/" + orderId;

        assertNoContent(api.post(admin + "/placement-confirmation",
                Map.of("discount", Map.of("amount", "10.00", "currency", "CNY"), "pointsUsed", 0)).as(adminToken).send());
        assertNoContent(api.post(admin + "/payment", Map.of("payOrderId", "pay-" + orderId, "amount", Map.of("amount", "290.00", "currency", "CNY"))).as(adminToken).send());
        assertNoContent(api.post(admin + "/fulfillment", Map.of("reference", "ful-" + orderId)).as(adminToken).send());

        LedgerClient.Response shipped = api.post(order + "/shipment", Map.of("carrier", "SF", "trackingNumber", "123"))
                .as(seller.token()).send();
        assertThat(shipped.json().at("/shippingVersion").asLong()).isEqualTo(1);
        LedgerClient.Response corrected = api.put(order + "/shipment/tracking",
                Map.of("carrier", "SF", "trackingNumber", "456", "version", 1)).as(seller.token()).send();
        assertThat(corrected.json().at("/shippingVersion").asLong()).isEqualTo(2);
        LedgerClient.Response lateRetry = api.put(order + "/shipment/tracking",
                Map.of("carrier", "SF", "trackingNumber", "123", "version", 1)).as(seller.token()).send();

        assertThat(lateRetry.status()).isEqualTo(409);
        assertThat(lateRetry.at("/currentState")).isEqualTo("SHIPPING_VERSION_2");
        JsonNode view = awaitOrder(orderId, buyer.token(), detail -> detail.at("/shipping/version").asLong() == 2);
        assertThat(view.at("/shipping/trackingNumber").asText()).isEqualTo("456");
        assertThat(view.at("/status").asText()).isEqualTo("FULFILLING");
        assertThat(view.at("/discount/amount").asText()).isEqualTo("10.00");
        assertThat(view.at("/payableAmount/amount").asText()).isEqualTo("290.00");
        assertThat(view.at("/lines/0/discount/amount").asText()).isEqualTo("10.00");

        assertNoContent(api.post(order + "/receipt", null).as(buyer.token()).send());
        assertThat(awaitOrder(orderId, buyer.token(), detail -> detail.at("/status").asText().equals("COMPLETED"))
                .at("/status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void theBuyerCancelsAnUnpaidOrderAndItCanNoLongerBePaid() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Pillow", "40.00");
        String orderId = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send().at("/orderId");

        assertNoContent(api.post("/api/orders/" + orderId + "/cancellation", null).as(buyer.token()).send());
        LedgerClient.Response payment = api.post("/api/admin/orders/" + orderId + "/payment",
                Map.of("payOrderId", "pay-late", "amount", Map.of("amount", "40.00", "currency", "CNY"))).as(admin().token()).send();

        assertThat(payment.status()).isEqualTo(409);
        assertThat(payment.at("/currentState")).isEqualTo("CANCELLED");
        assertThat(awaitOrder(orderId, buyer.token(), detail -> detail.at("/status").asText().equals("CANCELLED"))
                .at("/cancellationReason").asText()).isEqualTo("BUYER");
    }

    @Test
    void rolesGuardEveryStep() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Rug", "300.00");
        String orderId = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send().at("/orderId");

        assertThat(api.post("/api/orders/" + orderId + "/cancellation", null).as(buyer().token()).send().status())
                .as("another buyer").isEqualTo(404);
        assertThat(api.post("/api/admin/orders/" + orderId + "/payment", Map.of("payOrderId", "p",
                "amount", Map.of("amount", "300.00", "currency", "CNY"))).as(buyer.token())
                .send().status()).as("a buyer marking paid").isEqualTo(403);
        assertThat(api.post("/api/orders/" + orderId + "/shipment", Map.of("carrier", "SF", "trackingNumber", "1"))
                .as(buyer.token()).send().status()).as("a buyer shipping").isEqualTo(403);
        assertThat(api.post("/api/orders/" + orderId + "/shipment", Map.of("carrier", "SF", "trackingNumber", "1"))
                .as(seller.token()).send().status()).as("shipping an unpaid order").isEqualTo(409);
    }

    private static void assertNoContent(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }

    private JsonNode awaitOrder(String orderId, String token, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/orders/" + orderId).as(token).send(),
                response -> response.status() == 200 && condition.test(response.json())).json();
    }
}
