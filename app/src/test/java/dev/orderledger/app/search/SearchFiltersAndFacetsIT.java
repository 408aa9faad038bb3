package dev.orderledger.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters narrow one shop's catalogue (category with its descendants, brand, price, attributes of
 * one SKU, stock), and the facets count what matches. The shop, made once for the class:
 * <pre>
 *   服装 (root)            ├ tee   男装/男士T恤, Alpha, 材质:棉; SKUs 39.00 红色 XL (5 in stock), 45.00 黑色 M (none)
 *   └ 男装                 ├ shirt 男装, Beta; SKU 129.00 红色 M (3)
 *     └ 男士T恤            ├ coat  服装, Alpha; SKU 599.00 黑色 XL (none)
 *   家居 (another root)    └ lamp  家居, Beta; SKU 80.00 白色 (7)
 * </pre>
 */
class SearchFiltersAndFacetsIT extends SearchIntegrationTest {

    private static Shop shop;

    private record Shop(String seller, String clothing, String menswear, String tees, String home, String alpha,
                        String beta, String alphaName, String tee, String shirt, String coat, String lamp) {
    }

    @BeforeEach
    void theShop() {
        if (shop != null) {
            return;
        }
        User seller = seller();
        String word = uniqueWord();
        String clothing = category("服装" + word, null);
        String menswear = category("男装", clothing);
        String tees = category("男士T恤", menswear);
        String home = category("家居", null);
        String alphaName = "Alpha" + word;
        String alpha = brand(alphaName);
        String beta = brand("Beta" + word);
        String tee = listing(seller, "圆领T恤").in(tees).brand(alpha).basic("材质", "棉")
                .sku("39.00", 5, "颜色", "红色", "尺码", "XL").sku("45.00", 0, "颜色", "黑色", "尺码", "M").onShelf();
        String shirt = listing(seller, "商务衬衫").in(menswear).brand(beta).sku("129.00", 3, "颜色", "红色", "尺码", "M").onShelf();
        String coat = listing(seller, "羊毛大衣").in(clothing).brand(alpha).sku("599.00", 0, "颜色", "黑色", "尺码", "XL").onShelf();
        String lamp = listing(seller, "台灯").in(home).brand(beta).sku("80.00", 7, "颜色", "白色").onShelf();
        shop = new Shop(seller.userId(), clothing, menswear, tees, home, alpha, beta, alphaName, tee, shirt, coat, lamp);
        awaitSearch(inShop(""), found -> found.at("/total").asInt() == 4
                && found.at("/items/0/available").asLong() == 5 && found.at("/items/1/available").asLong() == 7);
    }

    @Test
    void aCategoryFilterIncludesItsDescendants() {
        assertThat(ids(search(inShop("&category=" + shop.clothing())))).containsExactly(shop.tee(), shop.shirt(), shop.coat());
        assertThat(ids(search(inShop("&category=" + shop.menswear())))).containsExactly(shop.tee(), shop.shirt());
        assertThat(ids(search(inShop("&category=" + shop.tees())))).containsExactly(shop.tee());
        assertThat(ids(search(inShop("&category=" + shop.home())))).containsExactly(shop.lamp());
    }

    @Test
    void brandsFilterAndSeveralBrandsAreAlternatives() {
        assertThat(ids(search(inShop("&brand=" + shop.alpha())))).containsExactly(shop.tee(), shop.coat());
        assertThat(ids(search(inShop("&brand=" + shop.alpha() + "&brand=" + shop.beta()))))
                .containsExactly(shop.tee(), shop.lamp(), shop.shirt(), shop.coat());
    }

    @Test
    void aPriceRangeInExactDecimalsMatchesAnySkuPricedWithinItBoundsIncluded() {
        assertThat(ids(search(inShop("&minPrice=40&maxPrice=129.00")))).containsExactly(shop.tee(), shop.lamp(), shop.shirt());
        assertThat(ids(search(inShop("&maxPrice=39.00")))).containsExactly(shop.tee());
        assertThat(ids(search(inShop("&minPrice=129.01")))).containsExactly(shop.coat());
        assertThat(ids(search(inShop("&minPrice=600")))).isEmpty();
    }

    @Test
    void attributeValuesOfOneNameAreAlternativesAndDifferentNamesMustHoldForOneSku() {
        assertThat(ids(search(inShop(attr("颜色:红色"))))).containsExactly(shop.tee(), shop.shirt());
        assertThat(ids(search(inShop(attr("颜色:红色") + attr("颜色:白色"))))).containsExactly(shop.tee(), shop.lamp(), shop.shirt());
        assertThat(ids(search(inShop(attr("颜色:红色") + attr("尺码:XL"))))).containsExactly(shop.tee());
        assertThat(ids(search(inShop(attr("颜色:黑色") + attr("尺码:XL"))))).as("the tee's black SKU is an M")
                .containsExactly(shop.coat());
        assertThat(ids(search(inShop(attr("材质:棉") + attr("尺码:XL"))))).as("a basic attribute holds for every SKU")
                .containsExactly(shop.tee());
    }

    @Test
    void inStockKeepsProductsWithUnitsToSellAndAppliesToTheSkuTheOtherFiltersPicked() {
        assertThat(ids(search(inShop("&inStock=true")))).containsExactly(shop.tee(), shop.lamp(), shop.shirt());
        assertThat(ids(search(inShop("&inStock=true" + attr("颜色:黑色"))))).as("no black SKU is in stock").isEmpty();
        assertThat(ids(search(inShop("&inStock=true&minPrice=40&maxPrice=50")))).as("the 45.00 SKU has none").isEmpty();
        assertThat(ids(search(inShop("&category=" + shop.clothing() + "&brand=" + shop.alpha() + "&inStock=true"))))
                .containsExactly(shop.tee());
    }

    @Test
    void facetsCountTheMatchingProductsByBrandCategoryAttributeAndPrice() {
        JsonNode facets = search(inShop("")).at("/facets");

        assertThat(counts(facets.at("/brands"))).containsExactlyInAnyOrderEntriesOf(Map.of(shop.alpha(), 2L, shop.beta(), 2L));
        assertThat(labels(facets.at("/brands"))).containsEntry(shop.alpha(), shop.alphaName());
        assertThat(counts(facets.at("/categories"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                shop.clothing(), 3L, shop.menswear(), 2L, shop.tees(), 1L, shop.home(), 1L));
        assertThat(labels(facets.at("/categories"))).containsEntry(shop.menswear(), "男装").containsEntry(shop.home(), "家居");
        assertThat(attributeCounts(facets.at("/attributes"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "颜色", Map.of("红色", 2L, "黑色", 2L, "白色", 1L),
                "尺码", Map.of("XL", 2L, "M", 2L),
                "材质", Map.of("棉", 1L)));
        assertThat(priceBands(facets.at("/prices"))).containsExactly("0.00-50.00:1", "50.00-100.00:1", "100.00-200.00:1",
                "500.00-1000.00:1");
    }

    @Test
    void facetsCountOnlyWhatTheFiltersLeave() {
        JsonNode results = search(inShop("&category=" + shop.menswear()));

        assertThat(results.at("/total").asLong()).isEqualTo(2);
        assertThat(counts(results.at("/facets/brands"))).containsExactlyInAnyOrderEntriesOf(Map.of(shop.alpha(), 1L, shop.beta(), 1L));
        assertThat(attributeCounts(results.at("/facets/attributes")).get("颜色")).isEqualTo(Map.of("红色", 2L, "黑色", 1L));
    }

    private static String inShop(String parameters) {
        return "seller=" + shop.seller() + "&sort=price_asc" + parameters;
    }

    private static String attr(String attribute) {
        return "&attr=" + encode(attribute);
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        facet.forEach(value -> counts.put(value.at("/value").asText(), value.at("/count").asLong()));
        return counts;
    }

    private static Map<String, String> labels(JsonNode facet) {
        Map<String, String> labels = new LinkedHashMap<>();
        facet.forEach(value -> labels.put(value.at("/value").asText(), value.at("/label").asText()));
        return labels;
    }

    private static Map<String, Map<String, Long>> attributeCounts(JsonNode facet) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        facet.forEach(attribute -> counts.put(attribute.at("/name").asText(), counts(attribute.at("/values"))));
        return counts;
    }

    private static List<String> priceBands(JsonNode facet) {
        List<String> bands = new ArrayList<>();
        facet.forEach(band -> bands.add(band.at("/from").asText() + "-" + band.at("/to").asText() + ":" + band.at("/count").asLong()));
        return bands;
    }
}
