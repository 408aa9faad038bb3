package dev.orderledger.app.readside;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What issue 5 promises a buyer, a seller and an admin: find a product, order it, pay, and follow the
 * order in its detail view right after each step, every read given the token of the write before it.
 */
class StorefrontJourneyIT extends LedgerIntegrationTest {

    private static final String TOKEN = "X-Consistency-Token";

    @Test
    void aBuyerFindsOrdersPaysAndFollowsTheOrderRightAfterEachStepAndTheSellerAndAnAdminSeeIt() {
        User seller = seller();
        User buyer = buyer();
        String word = "journey" + UUID.randomUUID().toString().substring(0, 8);
        String productId = productOnShelf(seller, "Teacup " + word, "36.00");

        JsonNode found = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/products/search?q=" + word).send().json(),
                        results -> results.at("/total").asLong() == 1);
        assertThat(found.at("/items/0/productId").asText()).isEqualTo(productId);

        LedgerClient.Response placed = api.post("/api/orders", orderOf(null, productId, 2)).as(buyer.token()).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.at("/orderId");
        JsonNode afterPlacing = read("/api/orders/" + orderId, buyer, placed);
        assertThat(afterPlacing.at("/lines/0/snapshot/productName").asText()).isEqualTo("Teacup " + word);
        assertThat(afterPlacing.at("/totalAmount/amount").asText()).isEqualTo("72.00");
        assertThat(afterPlacing.at("/timeline/0/actor").asText()).isEqualTo(buyer.userId());

        awaitOrder(buyer, orderId, "PENDING_PAYMENT");
        LedgerClient.Response paid = api.post("/api/pay-orders", java.util.Map.of("payOrderId", "pay-" + orderId,
                "orderIds", List.of(orderId), "method", "GATEWAY_CARD")).as(buyer.token()).send();
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        JsonNode afterPaying = read("/api/orders/" + orderId, buyer, paid);
        assertThat(afterPaying.at("/payments/0/payOrderId").asText()).isEqualTo("pay-" + orderId);
        assertThat(afterPaying.at("/payments/0/payAmount/amount").asText()).isEqualTo("72.00");

        JsonNode sellersList = read("/api/seller/orders", seller, paid);
        assertThat(sellersList.at("/items").findValuesAsText("orderId")).contains(orderId);
        JsonNode adminSearch = read("/api/admin/orders?buyerId=" + buyer.userId(), admin(), paid);
        assertThat(adminSearch.at("/items").findValuesAsText("orderId")).containsExactly(orderId);
        assertThat(read("/api/orders/" + orderId, seller, paid).at("/buyerId").asText()).isEqualTo(buyer.userId());

        JsonNode completed = confirmReceipt(buyer, orderId);
        assertThat(completed.at("/timeline").findValuesAsText("event")).contains("OrderPaid", "OrderCompleted");
    }

    /** Reads with the token of the write before, as a storefront does right after that write. */
    private JsonNode read(String path, User reader, LedgerClient.Response write) {
        String token = write.header(TOKEN);
        assertThat(token).as("the write's consistency token").isNotNull();
        LedgerClient.Response read = api.get(path).as(reader.token()).header(TOKEN, token).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }
}
