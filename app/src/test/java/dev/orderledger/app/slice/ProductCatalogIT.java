package dev.orderledger.app.slice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seeds' two product examples (a T-shirt with colour/size SKUs, a virtual data top-up) posted
 * exactly as written, taken through audit onto the shelf, and found by search.
 */
class ProductCatalogIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theCategoriesAndBrandsOfTheSeedsExist() {
        String admin = admin().token();
        ensure(api.post("/api/admin/categories", Map.of("categoryId", "1003", "name", "服装")).as(admin).send());
        ensure(api.post("/api/admin/categories", Map.of("categoryId", "1003001", "parentId", "1003", "name", "男士T恤"))
                .as(admin).send());
        ensure(api.post("/api/admin/categories", Map.of("categoryId", "1005", "name", "充值", "goods", "VIRTUAL")).as(admin).send());
        ensure(api.post("/api/admin/categories", Map.of("categoryId", "1005002", "parentId", "1005", "name", "流量充值"))
                .as(admin).send());
        ensure(api.post("/api/admin/brands", Map.of("brandId", "2001", "name", "NIKE")).as(admin).send());
        ensure(api.post("/api/admin/brands", Map.of("brandId", "3001", "name", "中国移动")).as(admin).send());
    }

    @Test
    void theSeedsTShirtIsAcceptedAsWrittenAndFoundBySearch() throws IOException {
        User seller = seller();
        LedgerClient.Response created = api.post("/api/products", seed("tshirt.json")).as(seller.token()).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String productId = created.at("/productId");
        assertThat(created.json().at("/skuIds")).hasSize(2);
        shelve(seller, productId);

        JsonNode byName = awaitFound("T恤", productId);
        assertThat(byName.at("/brand").asText()).isEqualTo("NIKE");
        assertThat(byName.at("/type").asText()).isEqualTo("PHYSICAL");
        assertThat(byName.at("/skus/0/price").asText()).isEqualTo("79.00");
        awaitFound("男士", productId);
        awaitFound("NIKE", productId);
        awaitFound("黑色", productId);
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                String.class, productId + "/" + created.json().at("/skuIds/0").asText()))
                .as("the seed's stock of 100 was received").containsExactly("dev.orderledger.api.inventory.StockReceivedEvent");
    }

    @Test
    void theSeedsDataTopUpIsAcceptedAsWrittenAndIsVirtual() throws IOException {
        User seller = seller();
        LedgerClient.Response created = api.post("/api/products", seed("data-topup.json")).as(seller.token()).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String productId = created.at("/productId");
        assertThat(created.json().at("/skuIds")).hasSize(3);
        shelve(seller, productId);

        JsonNode found = awaitFound("流量", productId);
        assertThat(found.at("/type").asText()).isEqualTo("VIRTUAL");
        assertThat(found.at("/minPriceMinor").asLong()).isEqualTo(500);
        assertThat(found.at("/maxPriceMinor").asLong()).isEqualTo(3800);

        User buyer = buyer();
        String skuId = created.json().at("/skuIds/1").asText();
        LedgerClient.Response placed = api.post("/api/orders", Map.of("lines",
                List.of(Map.of("productId", productId, "skuId", skuId, "quantity", 1)))).as(buyer.token()).send();
        assertThat(placed.status()).as("a virtual order needs no address: " + placed).isEqualTo(201);
    }

    @Test
    void aProductInAnUnknownCategoryIsRefused() {
        LedgerClient.Response refused = api.post("/api/products", Map.of("categoryId", "no-such-category",
                "spu", Map.of("name", "Ghost"), "skus", List.of(Map.of("price", "1.00")))).as(seller().token()).send();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/reason")).isEqualTo("UNKNOWN_CATEGORY");
    }

    @Test
    void aSellerCannotApproveTheirOwnItemNorSkipTheAudit() {
        User seller = seller();
        String productId = draftProduct(seller, "Unaudited", "5.00");

        LedgerClient.Response skipped = api.post("/api/products/" + productId + "/transitions",
                Map.of("transition", "PUT_ON_SHELF")).as(seller.token()).send();
        moveProduct(seller, productId, "SUBMIT_FOR_AUDIT");
        LedgerClient.Response selfApproved = api.post("/api/products/" + productId + "/transitions",
                Map.of("transition", "APPROVE")).as(seller.token()).send();

        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.at("/currentState")).isEqualTo("DRAFT");
        assertThat(selfApproved.status()).isEqualTo(403);
    }

    @Test
    void aPriceChangeReachesSearchAndNewOrders() {
        User seller = seller();
        String word = "reprice" + System.nanoTime();
        String productId = productOnShelf(seller, "Lamp " + word, "100.00");

        LedgerClient.Response changed = api.put("/api/products/" + productId + "/skus/" + productId + "-sku/price",
                Map.of("price", Map.of("amount", "80.00", "currency", "CNY"))).as(seller.token()).send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(api.get("/api/products/search?q=" + word)
                .send().json().at("/items/0/skus/0/price").asText()).isEqualTo("80.00"));
        User buyer = buyer();
        String orderId = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send().at("/orderId");
        JsonNode order = await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/orders/" + orderId)
                .as(buyer.token()).send(), response -> response.status() == 200).json();
        assertThat(order.at("/totalAmount/amount").asText()).isEqualTo("80.00");
    }

    private void shelve(User seller, String productId) {
        moveProduct(seller, productId, "SUBMIT_FOR_AUDIT");
        moveProduct(admin(), productId, "APPROVE");
        moveProduct(seller, productId, "PUT_ON_SHELF");
    }

    private JsonNode awaitFound(String text, String productId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode items = api.get("/api/products/search?q=" + LedgerClient.encode(text) + "&size=100").send().json().at("/items");
            for (JsonNode item : items) {
                if (item.at("/productId").asText().equals(productId)) {
                    return item;
                }
            }
            return null;
        }, item -> item != null);
    }

    private static String seed(String name) throws IOException {
        return new ClassPathResource("seeds/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    /** Creating what exists already is fine: the categories and brands are shared by the tests. */
    private static void ensure(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }
}
