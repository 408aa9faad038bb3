package dev.orderledger.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Full-text search in Chinese and English with the standard analyzer, the search box's suggestions,
 * and bad input answered with problem details. Each test searches one seller's shop, so products of
 * other tests never get in the way.
 */
class ProductSearchIT extends SearchIntegrationTest {

    @BeforeEach
    void theCategoriesAndBrandsOfTheSeedsExist() {
        ensure(api.post("/api/admin/categories", Map.of("categoryId", "1003", "name", "服装")).as(adminToken()).send());
        ensure(api.post("/api/admin/categories", Map.of("categoryId", "1003001", "parentId", "1003", "name", "男士T恤"))
                .as(adminToken()).send());
        ensure(api.post("/api/admin/categories", Map.of("categoryId", "1005", "name", "充值", "goods", "VIRTUAL"))
                .as(adminToken()).send());
        ensure(api.post("/api/admin/categories", Map.of("categoryId", "1005002", "parentId", "1005", "name", "流量充值"))
                .as(adminToken()).send());
        ensure(api.post("/api/admin/brands", Map.of("brandId", "2001", "name", "NIKE")).as(adminToken()).send());
        ensure(api.post("/api/admin/brands", Map.of("brandId", "3001", "name", "中国移动")).as(adminToken()).send());
    }

    @Test
    void theSeedTShirtIsFoundByItsChineseWordsAndItsBrandAndTheDataTopUpByItsOwn() throws IOException {
        User seller = seller();
        String tshirt = shelvedSeed(seller, "tshirt.json");
        String topUp = shelvedSeed(seller, "data-topup.json");
        String lamp = listing(seller, "Desk lamp").describedAs("A reading lamp with a warm light").onShelf();
        String shop = "&seller=" + seller.userId();

        awaitIds("q=" + encode("T恤") + shop, tshirt);
        awaitIds("q=" + encode("男士") + shop, tshirt);
        awaitIds("q=NIKE" + shop, tshirt);
        awaitIds("q=nike" + shop, tshirt);
        awaitIds("q=" + encode("黑色") + shop, tshirt);
        awaitIds("q=" + encode("流量") + shop, topUp);
        awaitIds("q=" + encode("中国移动 5GB") + shop, topUp);
        awaitIds("q=lamp" + shop, lamp);
        awaitIds("q=" + encode("reading LAMP") + shop, lamp);
        awaitIds("q=" + encode("衬衫") + shop);
    }

    @Test
    void aProductNamedAfterTheWordsRanksAboveOneThatOnlyMentionsThemAndScatteredCharactersDoNotMatch() {
        User seller = seller();
        String mentioned = listing(seller, "纯棉衬衫").describedAs("适合男士日常穿着").onShelf();
        String named = listing(seller, "经典男士衬衫").onShelf();
        listing(seller, "休闲衬衫").describedAs("男款，士兵风格的口袋").onShelf();

        awaitIds("q=" + encode("男士") + "&seller=" + seller.userId(), named, mentioned);
    }

    @Test
    void theSearchBoxCompletesOnShelfProductsFromAnyWordOfTheirNameOrTheirBrand() {
        User seller = seller();
        String word = uniqueWord();
        String brand = brand("Zeta" + word);
        String shelved = listing(seller, "经典" + word + "男士T恤").brand(brand).onShelf();
        String offShelf = listing(seller, word + "卫衣").onShelf();
        moveProduct(seller, offShelf, "TAKE_OFF_SHELF");
        listing(seller, word + "夹克").draft();

        awaitSuggestions("prefix=" + word.substring(0, 8), List.of(shelved));
        awaitSuggestions("prefix=" + encode(word + "男士"), List.of(shelved));
        awaitSuggestions("prefix=zeta" + word, List.of(shelved));
        JsonNode tshirts = suggest("prefix=" + encode("T恤") + "&size=20");
        assertThat(tshirts).isNotEmpty();
        tshirts.forEach(suggestion -> assertThat(suggestion.at("/name").asText()).containsIgnoringCase("T恤"));
    }

    @Test
    void badSearchInputIsAProblemDetails400NeverA500() {
        List<String> bad = List.of("minPrice=abc", "minPrice=1.001", "minPrice=-1", "minPrice=20&maxPrice=10",
                "currency=XYZ&minPrice=1", "currency=cny", "sort=cheapest", "attr=colour", "attr=" + encode(":red"),
                "size=0", "size=101", "page=-1", "page=500&size=100", "inStock=perhaps", "q=" + "x".repeat(201),
                "category=", "brand=" + "b".repeat(65));
        List<String> answers = new ArrayList<>();
        for (String parameters : bad) {
            LedgerClient.Response response = api.get("/api/products/search?" + parameters).send();
            answers.add(parameters + " -> " + response.status() + " " + response.header("Content-Type") + " "
                    + response.json().at("/status").asInt());
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer).endsWith("400 application/problem+json 400"));
        assertThat(api.get("/api/products/search/suggest").send().status()).isEqualTo(400);
        assertThat(api.get("/api/products/search/suggest?prefix=%20").send().status()).isEqualTo(400);
        assertThat(api.get("/api/products/search/suggest?prefix=a&size=500").send().status()).isEqualTo(400);
    }

    private JsonNode suggest(String parameters) {
        LedgerClient.Response response = api.get("/api/products/search/suggest?" + parameters).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void awaitSuggestions(String parameters, List<String> productIds) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> suggested = new ArrayList<>();
            suggest(parameters).forEach(suggestion -> suggested.add(suggestion.at("/productId").asText()));
            assertThat(suggested).isEqualTo(productIds);
        });
    }

    private String shelvedSeed(User seller, String seed) throws IOException {
        String body = new ClassPathResource("seeds/" + seed).getContentAsString(StandardCharsets.UTF_8);
        LedgerClient.Response created = api.post("/api/products", body).as(seller.token()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String productId = created.at("/productId");
        moveProduct(seller, productId, "SUBMIT_FOR_AUDIT");
        moveProduct(admin(), productId, "APPROVE");
        moveProduct(seller, productId, "PUT_ON_SHELF");
        return productId;
    }

    private static void ensure(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }
}
