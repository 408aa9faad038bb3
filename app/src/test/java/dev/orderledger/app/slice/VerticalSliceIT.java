package dev.orderledger.app.slice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A product goes from a seller to search, a buyer orders it, and only the buyer, the seller and admins can read the order. */
class VerticalSliceIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSellersProductIsFoundBySearchOnceOnShelf() {
        User seller = seller();
        String word = "zebrawood" + UUID.randomUUID().toString().substring(0, 6);
        String productId = productOnShelf(seller, "Chair of " + word, "199.00");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            LedgerClient.Response found = api.get("/api/products/search?q=" + word).send();
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().at("/items")).hasSize(1);
            assertThat(found.at("/items/0/productId")).isEqualTo(productId);
            assertThat(found.at("/items/0/skus/0/price")).isEqualTo("199.00");
        });
    }

    @Test
    void aDraftProductIsNotFound() {
        User seller = seller();
        String word = "draftonly" + UUID.randomUUID().toString().substring(0, 6);
        draftProduct(seller, "Lamp " + word, "10.00");
        String onShelf = productOnShelf(seller, "Lamp shade " + word, "12.00");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(api.get("/api/products/search?q=" + word).send().json().at("/items").findValuesAsText("productId"))
                        .containsExactly(onShelf));
    }

    @Test
    void aBuyerPlacesAnOrderAndReadsItPricedByTheLedger() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Cotton tee", "79.90");
        String orderId = api.post("/api/order-ids", null).as(buyer.token()).send().at("/orderId");
        assertThat(orderId).matches("\\d{19}");

        LedgerClient.Response placed = api.post("/api/orders", orderOf(orderId, productId, 2)).as(buyer.token())
                .header("X-Correlation-Id", "slice-" + orderId).send();

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.header("Location")).isEqualTo("/api/orders/" + orderId);
        JsonNode order = awaitOrder(orderId, buyer.token());
        assertThat(order.at("/status").asText()).as("placed, and perhaps already through placement").isIn("CREATED", "PENDING_PAYMENT");
        assertThat(order.at("/buyerId").asText()).isEqualTo(buyer.userId());
        assertThat(order.at("/sellerId").asText()).isEqualTo(seller.userId());
        assertThat(order.at("/lines/0/unitPrice/amount").asText()).isEqualTo("79.90");
        assertThat(order.at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(order.at("/lines/0/snapshotId").asText()).hasSize(32);
        assertThat(order.at("/totalAmount/amount").asText()).isEqualTo("159.80");
        assertThat(order.at("/totalAmount/currency").asText()).isEqualTo("CNY");
    }

    @Test
    void theOrderEventIsInThePostgresEventStoreWithItsCorrelationIdAndActor() throws Exception {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Mug", "25.00");
        String orderId = api.post("/api/order-ids", null).as(buyer.token()).send().at("/orderId");

        api.post("/api/orders", orderOf(orderId, productId, 1)).as(buyer.token())
                .header("X-Correlation-Id", "corr-" + orderId).send();

        var rows = jdbc.queryForList("""
                SELECT payloadtype, sequencenumber, convert_from(metadata, 'UTF8') AS metadata
                FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0""", orderId);
        assertThat(rows).as("the placement is the order's first event; the placement process may already have added more")
                .hasSize(1);
        assertThat(rows.get(0).get("payloadtype")).isEqualTo("dev.orderledger.api.order.OrderPlacedEvent");
        JsonNode metadata = new ObjectMapper().readTree((String) rows.get(0).get("metadata"));
        assertThat(metadata.get("correlationId").asText()).isEqualTo("corr-" + orderId);
        assertThat(metadata.get("actor").asText()).isEqualTo(buyer.userId());
    }

    @Test
    void anotherUserGets404ForSomeoneElsesOrderButItsSellerAndAnAdminSeeIt() {
        User buyer = buyer();
        User stranger = buyer();
        User seller = seller();
        User otherSeller = seller();
        String productId = productOnShelf(seller, "Kettle", "120.00");
        String orderId = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send().at("/orderId");
        awaitOrder(orderId, buyer.token());

        LedgerClient.Response forStranger = api.get("/api/orders/" + orderId).as(stranger.token()).send();
        assertThat(forStranger.status()).isEqualTo(404);
        assertThat(forStranger.text()).doesNotContain(buyer.userId()).doesNotContain("Kettle");
        assertThat(api.get("/api/orders/" + orderId).as(otherSeller.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/api/orders/" + orderId).as(seller.token()).send().status()).isEqualTo(200);
        assertThat(api.get("/api/orders/" + orderId).as(admin().token()).send().status()).isEqualTo(200);
        assertThat(api.get("/api/orders/" + orderId).send().status()).isEqualTo(401);
    }

    @Test
    void placingTwiceWithTheSameOrderIdPlacesOnce() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Teapot", "88.00");
        String orderId = api.post("/api/order-ids", null).as(buyer.token()).send().at("/orderId");

        LedgerClient.Response first = api.post("/api/orders", orderOf(orderId, productId, 1)).as(buyer.token()).send();
        LedgerClient.Response again = api.post("/api/orders", orderOf(orderId, productId, 1)).as(buyer.token()).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.at("/orderId")).isEqualTo(orderId);
        assertThat(again.json().at("/created").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?",
                Long.class, orderId, "dev.orderledger.api.order.OrderPlacedEvent")).isEqualTo(1L);
    }

    @Test
    void anotherBuyerCannotTakeAnOrderIdThatIsInUse() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Vase", "30.00");
        String orderId = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send().at("/orderId");

        LedgerClient.Response taken = api.post("/api/orders", orderOf(orderId, productId, 1)).as(buyer().token()).send();

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.header("Content-Type")).startsWith("application/problem+json");
        // the answer of every id that cannot be used, with no state; the order id itself embeds the last
        // digits of its buyer's id, so only whole values are checked
        assertThat(taken.at("/type")).endsWith("/id-unavailable");
        assertThat(taken.at("/detail")).isEqualTo("this id is not available; choose another");
        assertThat(taken.text()).doesNotContain("\"" + buyer.userId() + "\"").doesNotContain("buyerId");
    }

    @Test
    void anOrderForAProductNotOnShelfIsRefusedWithAReason() {
        User seller = seller();
        User buyer = buyer();
        String productId = draftProduct(seller, "Unreleased", "10.00");

        LedgerClient.Response refused = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/reason")).isEqualTo("PRODUCT_NOT_ON_SHELF");
    }

    private JsonNode awaitOrder(String orderId, String token) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/orders/" + orderId).as(token).send(),
                response -> response.status() == 200).json();
    }
}
