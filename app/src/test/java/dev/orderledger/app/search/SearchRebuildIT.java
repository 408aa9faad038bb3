package dev.orderledger.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin rebuilds the product index from the event history into a new index while search keeps
 * answering; the alias then points at the new index, the old one is gone, and the results are the same
 * (presentation and rating included).
 */
class SearchRebuildIT extends SearchIntegrationTest {

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void aRebuildReplaysTheHistoryIntoANewIndexWhileSearchKeepsAnsweringTheSame() throws IOException {
        User seller = seller();
        String word = uniqueWord();
        String parent = category("书房" + word, null);
        String child = category("台灯", parent);
        String brand = brand("Lumen" + word);
        String lamp = listing(seller, "Desk lamp " + word).in(child).brand(brand).basic("材质", "铝")
                .shownAs(Map.of("tags", List.of("desk"), "imageUrls", List.of("https://img.example.com/lamp.jpg")))
                .sku("120.00", 8, "颜色", "白色").sku("130.00", 2, "颜色", "黑色").onShelf();
        String chair = listing(seller, "Chair " + word).in(parent).sku("450.00", 1, "颜色", "黑色").onShelf();
        String shelf = listing(seller, "Shelf " + word).in(parent).sku("99.00", 4).onShelf();
        String retired = listing(seller, "Stool " + word).in(parent).sku("30.00", 4).onShelf();
        changePrice(seller, shelf, shelf + "-1", "89.00");
        sell(lamp, lamp + "-1", 3);
        moveProduct(seller, retired, "TAKE_OFF_SHELF");
        LedgerClient.Response rated = api.put("/api/admin/products/" + lamp + "/rating", Map.of("reviews", 4, "stars", 17))
                .as(adminToken()).send();
        assertThat(rated.status()).as(rated.toString()).isEqualTo(204);
        String shop = "seller=" + seller.userId() + "&sort=price_asc";
        JsonNode before = awaitSearch(shop, found -> ids(found).equals(List.of(shelf, lamp, chair))
                && found.at("/items/1/sales").asLong() == 3 && found.at("/items/0/minPrice").asText().equals("89.00")
                && found.at("/items/1/rating/average").asText().equals("4.3"));
        assertThat(before.at("/items/1/presentation/tags/0").asText()).isEqualTo("desk");
        User otherSeller = seller();
        String mirror = listing(otherSeller, "Mirror " + word).sku("60.00", 1).onShelf();
        String oldIndex = aliased();

        CompletableFuture<LedgerClient.Response> rebuild = CompletableFuture.supplyAsync(() ->
                api.post("/api/admin/search/rebuild", null).as(adminToken()).send());
        changePrice(otherSeller, mirror, mirror + "-1", "55.00");
        int answeredWhileRebuilding = 0;
        do {
            JsonNode during = search(shop);
            assertThat(ids(during)).isEqualTo(ids(before));
            answeredWhileRebuilding++;
        } while (!rebuild.isDone());
        LedgerClient.Response report = rebuild.join();

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(answeredWhileRebuilding).isPositive();
        JsonNode after = search(shop);
        assertThat(after.at("/total")).isEqualTo(before.at("/total"));
        assertThat(after.at("/items")).isEqualTo(before.at("/items"));
        assertThat(after.at("/facets")).isEqualTo(before.at("/facets"));
        assertThat(aliased()).isEqualTo(report.at("/index")).isNotEqualTo(oldIndex);
        assertThat(elasticsearch.indices().exists(exists -> exists.index(oldIndex)).value()).isFalse();
        assertThat(report.json().at("/replaced").toString()).contains(oldIndex);
        assertThat(report.json().at("/documents").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(report.json().at("/documentsPerSecond").asLong()).isPositive();
        awaitSearch("seller=" + otherSeller.userId(), found -> found.at("/items/0/minPrice").asText().equals("55.00"));
    }

    @Test
    void aRebuildWhileAnotherIndexIsBeingBuiltIsAConflict() throws IOException {
        String unfinished = "products-unfinished-" + uniqueWord();
        elasticsearch.indices().create(create -> create.index(unfinished).aliases("products-building", alias -> alias));
        try {
            LedgerClient.Response refused = api.post("/api/admin/search/rebuild", null).as(adminToken()).send();

            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().at("/detail").asText()).contains(unfinished);
        } finally {
            elasticsearch.indices().delete(delete -> delete.index(unfinished));
        }
    }

    @Test
    void onlyAnAdminMayRebuildTheIndex() {
        assertThat(api.post("/api/admin/search/rebuild", null).send().status()).isEqualTo(401);
        assertThat(api.post("/api/admin/search/rebuild", null).as(seller().token()).send().status()).isEqualTo(403);
    }

    private String aliased() throws IOException {
        return elasticsearch.indices().getAlias(alias -> alias.name("products")).result().keySet().iterator().next();
    }
}
