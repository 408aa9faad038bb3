package dev.orderledger.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the search tests share: categories, brands and listings made over the HTTP API with names
 * unique to the test (the ledger and its index are shared by all test classes and never cleaned),
 * and searches that wait until the index has caught up with what the test did.
 */
abstract class SearchIntegrationTest extends LedgerIntegrationTest {

    private static final AtomicLong ORDER_IDS = new AtomicLong(System.currentTimeMillis() * 1_000_000L);
    private String adminToken;

    protected String adminToken() {
        if (adminToken == null) {
            adminToken = admin().token();
        }
        return adminToken;
    }

    /** A word no other product has: letters and digits, so the analyzer keeps it one token. */
    protected static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    protected String category(String name, String parentId) {
        String categoryId = "c-" + UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categoryId", categoryId);
        body.put("name", name);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        LedgerClient.Response created = api.post("/api/admin/categories", body).as(adminToken()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return categoryId;
    }

    protected String brand(String name) {
        String brandId = "b-" + UUID.randomUUID();
        LedgerClient.Response created = api.post("/api/admin/brands", Map.of("brandId", brandId, "name", name))
                .as(adminToken()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return brandId;
    }

    protected Listing listing(User seller, String name) {
        return new Listing(seller, name);
    }

    /** A product being described; {@link #onShelf()} creates it, takes it through audit and puts it on shelf. */
    protected final class Listing {

        private final User seller;
        private final Map<String, Object> spu = new LinkedHashMap<>();
        private final List<Map<String, Object>> basics = new ArrayList<>();
        private final List<Map<String, Object>> skus = new ArrayList<>();
        private String categoryId;
        private Map<String, Object> presentation;
        private final String productId = "p-" + UUID.randomUUID();

        private Listing(User seller, String name) {
            this.seller = seller;
            spu.put("name", name);
            spu.put("description", "an item for the search tests");
        }

        Listing describedAs(String description) {
            spu.put("description", description);
            return this;
        }

        Listing in(String category) {
            this.categoryId = category;
            return this;
        }

        Listing brand(String brandId) {
            spu.put("brandId", brandId);
            return this;
        }

        /** How the item is shown from its creation on: {@code imageUrls}, {@code tags}, {@code promotionalInfo}, {@code releaseDate}. */
        Listing shownAs(Map<String, Object> presentation) {
            this.presentation = presentation;
            return this;
        }

        Listing basic(String attribute, String value) {
            basics.add(Map.of("attributeName", attribute, "value", value));
            return this;
        }

        /** A SKU at this price with this stock and sales attributes given as name, value, name, value... */
        Listing sku(String price, long stock, String... attributes) {
            List<Map<String, Object>> sales = new ArrayList<>();
            for (int i = 0; i < attributes.length; i += 2) {
                sales.add(Map.of("attributeName", attributes[i], "value", attributes[i + 1]));
            }
            skus.add(Map.of("skuId", productId + "-" + (skus.size() + 1), "skuName", spu.get("name") + " " + (skus.size() + 1),
                    "price", price, "stock", stock, "salesAttributes", sales));
            return this;
        }

        String draft() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("productId", productId);
            if (categoryId != null) {
                body.put("categoryId", categoryId);
            }
            body.put("spu", spu);
            body.put("basicAttributes", basics);
            body.put("skus", skus.isEmpty() ? List.of(Map.of("skuId", productId + "-1", "price", "10.00", "stock", 10)) : skus);
            if (presentation != null) {
                body.put("presentation", presentation);
            }
            LedgerClient.Response created = api.post("/api/products", body).as(seller.token()).send();
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return productId;
        }

        String onShelf() {
            draft();
            moveProduct(seller, productId, "SUBMIT_FOR_AUDIT");
            LedgerClient.Response approved = api.post("/api/products/" + productId + "/transitions",
                    Map.of("transition", "APPROVE")).as(adminToken()).send();
            assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
            moveProduct(seller, productId, "PUT_ON_SHELF");
            return productId;
        }
    }

    /** Sells units of a SKU the way an order does: reserved, then deducted when paid. */
    protected void sell(String productId, String skuId, long quantity) {
        String orderId = String.format("%019d", ORDER_IDS.incrementAndGet());
        String path = "/api/admin/inventory/" + productId + "/" + skuId + "/reservations";
        LedgerClient.Response reserved = api.post(path, Map.of("orderId", orderId, "quantity", quantity, "holdFor", "PT30M"))
                .as(adminToken()).send();
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(200);
        assertThat(reserved.json().at("/held").asBoolean()).as("held").isTrue();
        LedgerClient.Response deducted = api.post(path + "/" + orderId + "/deduction", null).as(adminToken()).send();
        assertThat(deducted.status()).as(deducted.toString()).isEqualTo(204);
    }

    protected void changePrice(User seller, String productId, String skuId, String price) {
        LedgerClient.Response changed = api.put("/api/products/" + productId + "/skus/" + skuId + "/price",
                Map.of("price", Map.of("amount", price, "currency", "CNY"))).as(seller.token()).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    }

    /** The search's answer, which must be a 200. */
    protected JsonNode search(String parameters) {
        LedgerClient.Response response = api.get("/api/products/search?" + parameters).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Searches until the answer meets the condition: the index follows the ledger within moments. */
    protected JsonNode awaitSearch(String parameters, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> search(parameters), condition);
    }

    /** Searches until exactly these products are found, in this order. */
    protected JsonNode awaitIds(String parameters, String... productIds) {
        return awaitSearch(parameters, found -> ids(found).equals(List.of(productIds)));
    }

    protected static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.at("/items").forEach(item -> ids.add(item.at("/productId").asText()));
        return ids;
    }

    protected static String encode(String value) {
        return LedgerClient.encode(value);
    }
}
