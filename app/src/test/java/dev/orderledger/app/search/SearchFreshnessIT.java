package dev.orderledger.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderledger.app.support.LedgerClient;
import org.elasticsearch.client.ResponseException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows price, stock and shelf changes within moments, and its external versions
 * (the sum of the product's and its SKUs' inventory sequence numbers) refuse stale and repeated writes.
 */
class SearchFreshnessIT extends SearchIntegrationTest {

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void aPriceChangeIsFoundAtTheNewPrice() {
        User seller = seller();
        String lamp = listing(seller, "Lamp").sku("100.00", 10).onShelf();
        String shop = "seller=" + seller.userId();
        awaitSearch(shop, found -> ids(found).equals(List.of(lamp)));

        changePrice(seller, lamp, lamp + "-1", "80.00");

        JsonNode found = awaitSearch(shop + "&maxPrice=90.00", results -> ids(results).equals(List.of(lamp)));
        assertThat(found.at("/items/0/minPrice").asText()).isEqualTo("80.00");
        assertThat(found.at("/items/0/skus/0/price").asText()).isEqualTo("80.00");
        assertThat(found.at("/items/0/minPriceMinor").asLong()).isEqualTo(8000);
        assertThat(ids(search(shop + "&minPrice=90.00"))).isEmpty();
    }

    @Test
    void stockArrivingAndSellingOutMovesTheProductInAndOutOfInStock() {
        User seller = seller();
        String kettle = listing(seller, "Kettle").sku("50.00", 0).onShelf();
        String shop = "seller=" + seller.userId();
        awaitSearch(shop, found -> ids(found).equals(List.of(kettle)));
        assertThat(ids(search(shop + "&inStock=true"))).isEmpty();

        LedgerClient.Response received = api.post("/api/inventory/" + kettle + "/" + kettle + "-1/receipts",
                Map.of("quantity", 5, "reference", "delivery-1")).as(seller.token()).send();
        assertThat(received.status()).as(received.toString()).isEqualTo(204);
        JsonNode inStock = awaitSearch(shop + "&inStock=true", found -> ids(found).equals(List.of(kettle)));
        assertThat(inStock.at("/items/0/available").asLong()).isEqualTo(5);
        assertThat(inStock.at("/items/0/skus/0/available").asLong()).isEqualTo(5);

        sell(kettle, kettle + "-1", 5);
        awaitSearch(shop + "&inStock=true", found -> ids(found).isEmpty());
        JsonNode soldOut = search(shop);
        assertThat(soldOut.at("/items/0/inStock").asBoolean()).isFalse();
        assertThat(soldOut.at("/items/0/sales").asLong()).isEqualTo(5);
    }

    @Test
    void aProductTakenOffTheShelfDisappearsAndComesBackWithIt() {
        User seller = seller();
        String word = uniqueWord();
        String vase = listing(seller, "Vase " + word).onShelf();
        awaitSearch("q=" + word, found -> ids(found).equals(List.of(vase)));

        moveProduct(seller, vase, "TAKE_OFF_SHELF");
        awaitSearch("q=" + word, found -> ids(found).isEmpty());
        assertThat(api.get("/api/products/search/suggest?prefix=" + word).send().json()).isEmpty();

        moveProduct(seller, vase, "PUT_ON_SHELF");
        awaitSearch("q=" + word, found -> ids(found).equals(List.of(vase)));
    }

    @Test
    void theIndexRefusesAStaleOrRepeatedWriteAndTheVersionGrowsByOneWithEachEvent() throws IOException {
        User seller = seller();
        String word = uniqueWord();
        String clock = listing(seller, "Clock " + word).sku("25.00", 10).onShelf();
        awaitSearch("q=" + word, found -> ids(found).equals(List.of(clock)));
        long version = elasticsearch.get(get -> get.index("products").id(clock), ObjectNode.class).version();
        assertThat(version).as("created, submitted, approved, on shelf, and stock received once").isEqualTo(5);

        assertThat(conflictWriting(clock, version - 1)).as("stale").isTrue();
        assertThat(conflictWriting(clock, version)).as("repeated").isTrue();

        changePrice(seller, clock, clock + "-1", "24.00");
        JsonNode repriced = awaitSearch("q=" + word, found -> found.at("/items/0/minPrice").asText().equals("24.00"));
        assertThat(repriced.at("/items/0/name").asText()).isEqualTo("Clock " + word);
        assertThat(elasticsearch.get(get -> get.index("products").id(clock), ObjectNode.class).version())
                .isEqualTo(version + 1);
    }

    /** Writes a forged document at this version straight into the index; true when Elasticsearch refuses it as a conflict. */
    private boolean conflictWriting(String productId, long version) {
        Map<String, Object> forged = Map.of("productId", productId, "name", "forged", "status", "ON_SHELF");
        try {
            elasticsearch.index(index -> index.index("products").id(productId).document(forged)
                    .version(version).versionType(VersionType.External));
            return false;
        } catch (ElasticsearchException | IOException e) {
            return isConflict(e);
        }
    }

    /** The Java client reports a 409 as an ElasticsearchException or as the low-level client's ResponseException. */
    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ElasticsearchException elastic && elastic.status() == 409
                    || cause instanceof ResponseException response && response.getResponse().getStatusLine().getStatusCode() == 409) {
                return true;
            }
        }
        return false;
    }
}
