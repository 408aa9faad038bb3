package dev.orderledger.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.app.support.AppendedHistory;
import dev.orderledger.app.support.LedgerClient;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * History recorded before the API refused control characters: a product whose name, description, SKU
 * name and attributes hold NUL and the characters Elasticsearch's suggestion field refuses is in the
 * real event store. It projects, cleaned (U+FFFD where the character was), into the order views in
 * PostgreSQL and into the search index; search goes on for every later product, nothing is parked,
 * and a rebuild of the index completes.
 */
class PoisonHistoryIT extends SearchIntegrationTest {

    private static final String HOSTILE = "a\u0000b\u001fc\u001ed\u0001e";
    private static final String CLEANED = "a\ufffdb\ufffdc\ufffdd\ufffde";

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aProductWithNulInItsTextIsProjectedCleanedAndSearchGoesOnForEveryone() {
        String word = uniqueWord();
        String productId = "p-" + UUID.randomUUID();
        new AppendedHistory(eventStore).productOnShelf(AppendedHistory.product(productId, null, word + " " + HOSTILE,
                "made " + HOSTILE, "sku " + HOSTILE, new Attribute(null, "材质" + HOSTILE, "铝" + HOSTILE),
                new Attribute(null, "颜色", "红" + HOSTILE)));
        String later = listing(seller(), "Lamp " + word).sku("20.00", 3).onShelf();

        JsonNode found = awaitSearch("q=" + word, results -> ids(results).containsAll(List.of(productId, later)));

        JsonNode poisoned = itemOf(found, productId);
        assertThat(poisoned.at("/name").asText()).isEqualTo(word + " " + CLEANED);
        assertThat(poisoned.at("/description").asText()).isEqualTo("made " + CLEANED);
        assertThat(poisoned.at("/skus/0/skuName").asText()).isEqualTo("sku " + CLEANED);
        assertThat(poisoned.at("/attributes").toString()).contains("材质" + CLEANED + ":铝" + CLEANED, "颜色:红" + CLEANED);
        assertThat(api.get("/api/products/search/suggest?prefix=" + word).send().json().toString())
                .as("the suggestion field Elasticsearch refused NUL in").contains(productId);

        Map<String, Object> snapshot = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT name, description, basic_attributes::text AS basics, skus::text AS skus FROM order_item_snapshot "
                        + "WHERE product_id = ?", productId), rows -> rows.size() == 1).get(0);
        assertThat(snapshot.get("name")).isEqualTo(word + " " + CLEANED);
        assertThat(snapshot.get("description")).isEqualTo("made " + CLEANED);
        assertThat((String) snapshot.get("basics")).contains("铝" + CLEANED);
        assertThat((String) snapshot.get("skus")).contains("sku " + CLEANED, "红" + CLEANED);

        for (String projection : List.of("order-views", "product-search")) {
            JsonNode status = api.get("/api/admin/projections/" + projection).as(adminToken()).send().json();
            assertThat(status.at("/inError").asBoolean()).as(projection + " " + status).isFalse();
            assertThat(lettersOf(projection, productId)).as(projection + ": nothing of the product is parked").isEmpty();
        }

        LedgerClient.Response rebuilt = api.post("/api/admin/search/rebuild", null).as(adminToken()).send();
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.json().at("/refused").toString()).doesNotContain(productId);
        assertThat(itemOf(awaitSearch("q=" + word, results -> ids(results).containsAll(List.of(productId, later))),
                productId).at("/name").asText()).isEqualTo(word + " " + CLEANED);
    }

    private static JsonNode itemOf(JsonNode results, String productId) {
        return StreamSupport.stream(results.at("/items").spliterator(), false)
                .filter(item -> item.at("/productId").asText().equals(productId)).findFirst().orElseThrow();
    }

    private List<JsonNode> lettersOf(String projection, String aggregateId) {
        LedgerClient.Response letters = api.get("/api/admin/projections/" + projection + "/dead-letters?limit=1000")
                .as(adminToken()).send();
        assertThat(letters.status()).as(letters.toString()).isEqualTo(200);
        return StreamSupport.stream(letters.json().spliterator(), false)
                .filter(letter -> letter.at("/aggregateId").asText().equals(aggregateId)).toList();
    }
}
