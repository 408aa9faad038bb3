package dev.orderledger.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an item is shown (images, tags, promotion text, release day: the seller's) and its rating (the
 * platform's), over HTTP into the real index: found by tag, sorted by rating, shown in the results and
 * in the snapshot an order records; another seller's item is not there to change, and bad input is a
 * 400 naming the field.
 */
class ProductPresentationIT extends SearchIntegrationTest {

    private static final Map<String, Object> HEADPHONES = Map.of(
            "imageUrls", List.of("https://img.example.com/headphones1.jpg", "http://example.com/images/headphones2.jpg"),
            "tags", List.of("Headphones", " bluetooth ", "wireless"),
            "promotionalInfo", "20% off for a limited time",
            "releaseDate", "2023-01-15");

    @Test
    void sellersShowTheirItemsAnAdminRatesThemAndSearchFiltersByTagAndSortsByRating() {
        User seller = seller();
        String shop = "seller=" + seller.userId();
        String shownAtCreation = listing(seller, "Headphones " + uniqueWord()).shownAs(HEADPHONES).onShelf();
        String shownLater = listing(seller, "Earbuds " + uniqueWord()).onShelf();
        String wired = listing(seller, "Wired headset " + uniqueWord()).shownAs(Map.of("tags", List.of("wired"))).onShelf();
        String moreReviews = listing(seller, "Speaker " + uniqueWord()).onShelf();
        expect(present(seller, shownLater, Map.of("tags", List.of("BLUETOOTH"),
                "imageUrls", List.of("https://img.example.com/earbuds.png"))), 204);
        expect(rate(shownAtCreation, 3, 13), 204);   // 4.333…
        expect(rate(shownLater, 2, 9), 204);         // 4.5
        expect(rate(moreReviews, 6, 26), 204);       // 4.333…, from more reviews

        awaitSearch(shop + "&sort=rating", found -> ids(found).equals(List.of(shownLater, moreReviews, shownAtCreation, wired)));
        awaitSearch(shop + "&tag=bluetooth", found -> sorted(ids(found)).equals(sorted(List.of(shownAtCreation, shownLater))));
        assertThat(ids(search(shop + "&tag=Bluetooth&tag=wireless"))).as("all tags given").containsExactly(shownAtCreation);
        assertThat(ids(search(shop + "&tag=bluetooth&sort=rating"))).containsExactly(shownLater, shownAtCreation);
        assertThat(ids(search(shop + "&tag=wired&tag=bluetooth"))).isEmpty();
        assertThat(ids(search(shop + "&q=wireless"))).as("a tag is a word the item is found by").containsExactly(shownAtCreation);

        JsonNode item = search(shop + "&tag=headphones").at("/items/0");
        assertThat(item.at("/productId").asText()).isEqualTo(shownAtCreation);
        assertThat(texts(item.at("/presentation/imageUrls")))
                .containsExactly("https://img.example.com/headphones1.jpg", "http://example.com/images/headphones2.jpg");
        assertThat(texts(item.at("/presentation/tags"))).containsExactly("headphones", "bluetooth", "wireless");
        assertThat(item.at("/presentation/promotionalInfo").asText()).isEqualTo("20% off for a limited time");
        assertThat(item.at("/presentation/releaseDate").asText()).isEqualTo("2023-01-15");
        assertThat(item.at("/rating/reviews").asLong()).isEqualTo(3);
        assertThat(item.at("/rating/stars").asLong()).isEqualTo(13);
        assertThat(item.at("/rating/average").asText()).isEqualTo("4.3");
        JsonNode unrated = search(shop + "&tag=wired").at("/items/0");
        assertThat(unrated.has("rating")).as("not rated: " + unrated).isFalse();
        assertThat(unrated.at("/presentation/tags/0").asText()).isEqualTo("wired");

        expect(present(seller, shownAtCreation, Map.of("promotionalInfo", "sold out soon")), 204);
        JsonNode replaced = awaitSearch(shop + "&q=" + encode("Headphones"),
                found -> found.at("/items/0/presentation/promotionalInfo").asText().equals("sold out soon")).at("/items/0");
        assertThat(replaced.at("/presentation/tags")).as("a presentation is replaced whole").isEmpty();
        assertThat(ids(search(shop + "&tag=wireless"))).isEmpty();
    }

    @Test
    void anotherSellersItemIsNotThereToChangeAndOnlyThePlatformRates() {
        User seller = seller();
        String productId = listing(seller, "Lamp " + uniqueWord()).draft();

        expect(present(seller(), productId, HEADPHONES), 404);
        expect(present(seller, productId, HEADPHONES), 204);
        LedgerClient.Response bySeller = api.put("/api/admin/products/" + productId + "/rating", Map.of("reviews", 1, "stars", 5))
                .as(seller.token()).send();
        assertThat(bySeller.status()).as(bySeller.toString()).isEqualTo(403);
        expect(rate("p-no-such-product", 1, 5), 404);
    }

    @Test
    void anOrderRecordsTheItemAsItWasShownWhenItWasBought() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Mug " + uniqueWord(), "12.00");
        expect(present(seller, productId, HEADPHONES), 204);

        String orderId = placedOrder(buyer, orderOf(null, productId, 1));
        JsonNode line = awaitOrder(buyer, orderId, detail -> detail.at("/lines/0/snapshot").isObject()).at("/lines/0/snapshot");

        assertThat(texts(line.at("/presentation/tags"))).containsExactly("headphones", "bluetooth", "wireless");
        assertThat(line.at("/presentation/releaseDate").asText()).isEqualTo("2023-01-15");
    }

    @Test
    void badPresentationsRatingsAndTagFiltersAreA400NamingTheField() {
        User seller = seller();
        String productId = listing(seller, "Cup " + uniqueWord()).draft();

        assertRefused(present(seller, productId, Map.of("imageUrls", List.of("ftp://example.com/a.jpg"))), "imageUrls[0]");
        assertRefused(present(seller, productId, Map.of("imageUrls", List.of("https://example.com/a b.jpg"))), "imageUrls[0]");
        assertRefused(present(seller, productId, Map.of("imageUrls", Collections.nCopies(21, "https://example.com/a.jpg"))),
                "imageUrls");
        assertRefused(present(seller, productId, Map.of("tags", List.of("ok", "no,commas"))), "tags[1]");
        assertRefused(present(seller, productId, Map.of("tags", List.of("x".repeat(31)))), "tags[0]");
        assertRefused(present(seller, productId, Map.of("tags", Collections.nCopies(21, "same"))), "tags");
        assertRefused(present(seller, productId, Map.of("promotionalInfo", "x".repeat(201))), "promotionalInfo");
        assertRefused(present(seller, productId, Map.of("releaseDate", "0999-12-31")), "releaseDate");
        assertRefused(present(seller, productId, Map.of("releaseDate", "2023-02-30")), "releaseDate");
        assertRefused(present(seller, productId, Map.of("images", List.of("https://example.com/a.jpg"))), "images");
        Map<String, Object> create = Map.of("spu", Map.of("name", "Bowl"), "skus", List.of(Map.of("price", "1.00")),
                "presentation", Map.of("imageUrls", List.of("javascript:alert(1)")));
        assertRefused(api.post("/api/products", create).as(seller.token()).send(), "presentation.imageUrls[0]");
        assertRefused(rateAnswer(productId, Map.of("reviews", 2, "stars", 11)), "stars");
        assertRefused(rateAnswer(productId, Map.of("reviews", -1, "stars", 0)), "reviews");
        assertRefused(rateAnswer(productId, Map.of("reviews", 1)), "stars");
        assertRefused(api.get("/api/products/search?tag=" + "x".repeat(31)).send(), "tag");
        assertRefused(api.get("/api/products/search?tag=" + encode("<b>")).send(), "tag");
        assertRefused(api.get("/api/products/search?sort=stars").send(), "sort");
    }

    private LedgerClient.Response present(User seller, String productId, Map<String, Object> presentation) {
        return api.put("/api/products/" + productId + "/presentation", presentation).as(seller.token()).send();
    }

    private LedgerClient.Response rate(String productId, long reviews, long stars) {
        return rateAnswer(productId, Map.of("reviews", reviews, "stars", stars));
    }

    private static void expect(LedgerClient.Response answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    }

    private LedgerClient.Response rateAnswer(String productId, Map<String, Object> rating) {
        return api.put("/api/admin/products/" + productId + "/rating", rating).as(adminToken()).send();
    }

    private static void assertRefused(LedgerClient.Response answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        answer.json().at("/errors").forEach(error -> fields.add(error.at("/field").asText()));
        assertThat(fields).as(answer.toString()).contains(field);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
