package dev.orderledger.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sort order, each ending with the product id, so that pages follow one another without gaps or repeats. */
class SearchSortingIT extends SearchIntegrationTest {

    @Test
    void resultsSortByPriceNewnessSalesAndRelevance() {
        User seller = seller();
        String word = uniqueWord();
        String thirty = listing(seller, "Mug " + word).describedAs("a mug").sku("30.00", 100).onShelf();
        String ten = listing(seller, "Cup " + word).describedAs("a cup, not a mug").sku("10.00", 100).onShelf();
        String twenty = listing(seller, "Mug " + word + " mug").describedAs("a tall mug").sku("20.00", 100).onShelf();
        sell(twenty, twenty + "-1", 5);
        sell(thirty, thirty + "-1", 2);
        String shop = "seller=" + seller.userId();
        awaitSearch(shop + "&sort=sales", found -> ids(found).equals(List.of(twenty, thirty, ten)));

        assertThat(ids(search(shop + "&sort=price_asc"))).containsExactly(ten, twenty, thirty);
        assertThat(ids(search(shop + "&sort=price_desc"))).containsExactly(thirty, twenty, ten);
        assertThat(ids(search(shop + "&sort=newest"))).containsExactly(twenty, ten, thirty);
        assertThat(ids(search(shop + "&sort=sales"))).containsExactly(twenty, thirty, ten);
        assertThat(ids(search(shop))).as("without words, relevance is popularity").containsExactly(twenty, thirty, ten);
        assertThat(ids(search(shop + "&q=mug"))).as("named twice first, the cup's description only mentions a mug")
                .containsExactly(twenty, thirty, ten);
        assertThat(search(shop + "&q=mug&sort=price_asc").at("/sort").asText()).isEqualTo("price_asc");
    }

    @Test
    void pagesOfEqualProductsFollowOneAnotherWithoutRepeatsOrGaps() {
        User seller = seller();
        List<String> all = new ArrayList<>();
        IntStream.range(0, 7).forEach(i -> all.add(listing(seller, "Plate " + i).sku("15.00", 1).onShelf()));
        String shop = "seller=" + seller.userId() + "&size=3";
        awaitSearch(shop, found -> found.at("/total").asInt() == 7);

        for (String sort : List.of("relevance", "price_asc", "price_desc", "newest", "sales")) {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                JsonNode results = search(shop + "&sort=" + sort + "&page=" + page);
                assertThat(results.at("/total").asInt()).isEqualTo(7);
                paged.addAll(ids(results));
            }
            assertThat(paged).as(sort).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        }
        List<String> byId = all.stream().sorted().toList();
        List<String> cheapestFirst = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            cheapestFirst.addAll(ids(search(shop + "&sort=price_asc&page=" + page)));
        }
        assertThat(cheapestFirst).as("equal prices: by product id").isEqualTo(byId);
    }
}
