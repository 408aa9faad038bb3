package dev.orderledger.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.app.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input of every general kind, sent over real HTTP (raw bytes where a client library would refuse
 * to send it), is a 4xx problem detail that names what is at fault, never a 5xx, an HTML page or
 * Spring Boot's error JSON: strict JSON, text with control characters, what Tomcat and the firewall
 * refuse before the application, Spring's own 400s, and consistency tokens.
 */
class MalformedRequestsIT extends LedgerIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOME_ORDER = "1234567890123456789";

    @LocalServerPort
    int port;

    @Test
    void aKeyGivenTwiceIsA400AtThatKeyEvenForAnonymousEndpoints() {
        assertFieldAtFault(api.post("/api/auth/login", "{\"login\":\"BUYER\",\"login\":{\"x\":[1]},\"password\":\"p\"}").send(), "login");
        assertFieldAtFault(api.post("/api/auth/otp", "{\"phone\":\"+8613900000000\",\"phone\":{\"x\":[1]}}").send(), "phone");
        assertFieldAtFault(api.post("/api/auth/otp/login", "{\"phone\":\"+8613900000000\",\"code\":\"123456\",\"code\":[1]}").send(), "code");
        assertFieldAtFault(api.post("/api/orders/" + SOME_ORDER + "/refunds",
                "{\"reason\":\"BUYER\",\"reason\":{\"x\":[1]}}").as(buyer().token()).send(), "reason");
    }

    @Test
    void contentAfterTheJsonDocumentIsA400() {
        assertFieldAtFault(api.post("/api/auth/login", "{\"login\":\"a@b.c\",\"password\":\"p\"} {\"login\":1}").send(), "$");
    }

    @Test
    void numbersForEnumsAndFractionsForWholeNumbersAreA400NotCoerced() {
        User buyer = buyer();

        assertFieldAtFault(api.post("/api/pay-orders", Map.of("orderIds", List.of(SOME_ORDER), "method", 0))
                .as(buyer.token()).send(), "method");
        assertFieldAtFault(api.post("/api/orders", Map.of("lines", List.of(Map.of("productId", "p-1", "skuId", "s-1",
                "quantity", 1.5)))).as(buyer.token()).send(), "lines[0].quantity");
        assertFieldAtFault(api.post("/api/auth/login", Map.of("login", 5, "password", "p")).send(), "login");
    }

    @Test
    void aNulInTheLoginIsA400() {
        assertFieldAtFault(api.post("/api/auth/login", Map.of("login", "a\u0000b@ledger.test", "password", "p")).send(), "login");
    }

    @Test
    void aProductNamedWithAControlCharacterIsRefusedAtTheDoor() {
        User seller = seller();

        assertFieldAtFault(createProduct(seller, "a\u0000b", "fine"), "spu.name");
        assertFieldAtFault(createProduct(seller, "two\nlines", "fine"), "spu.name");
        assertFieldAtFault(api.post("/api/products", "{\"spu\": {\"name\": \"half \\ud83d\"}, \"skus\": "
                + "[{\"skuName\": \"one\", \"price\": \"1.00\"}]}").as(seller.token()).send(), "spu.name");
        assertFieldAtFault(createProduct(seller, "Lamp", "bright\u007f"), "spu.description");
    }

    @Test
    void aDescriptionMayHaveLineBreaksAndTabsButANameOnlyTabs() {
        LedgerClient.Response created = createProduct(seller(), "Lamp\twith tab", "bright\r\nand warm\n\tand cheap");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void controlCharactersInQueryParametersAndPathVariablesAreA400NamingThem() {
        User buyer = buyer();

        assertFieldAtFault(api.get("/api/products/search?q=a%00b").send(), "q");
        assertFieldAtFault(api.get("/api/products/search?q=a%0Ab").send(), "q");
        assertFieldAtFault(new RawHttp(port).get("/api/products/search?q=%zz"), "q");
        assertFieldAtFault(api.get("/api/accounts/buyer-wallet:1%01").as(buyer.token()).send(), "accountId");
    }

    @Test
    void whatTomcatRefusesBeforeTheApplicationIsAProblemNotAnHtmlPage() {
        RawHttp raw = new RawHttp(port);

        assertFieldAtFault(raw.get("/api/orders/%00"), "path");
        assertFieldAtFault(raw.get("/api/orders/%zz"), "path");
        assertFieldAtFault(raw.get("/api/orders/a%2Fb"), "path");
        assertFieldAtFault(raw.get("/api/orders/" + "9".repeat(10_000)), "headers");
        assertFieldAtFault(raw.get("/api/products/search", "X-Filler: " + "x".repeat(8 * 1024)), "headers");
    }

    @Test
    void pathTricksThatTheFirewallRefusesAreAProblemNotSpringBootsErrorJson() {
        RawHttp raw = new RawHttp(port);

        assertFieldAtFault(raw.get("/api/orders/../admin/orders"), "path");
        assertFieldAtFault(raw.get("/api/orders;jsessionid=1"), "path");
        assertFieldAtFault(raw.get("//api/orders"), "path");
    }

    @Test
    void aHeaderValueTheFirewallRefusesIsA400NamingTheHeader() {
        RawHttp.Answer answer = new RawHttp(port).get("/api/products/search", "X-Note: a\u0085b");

        assertFieldAtFault(answer, "x-note");
    }

    @Test
    void anUnknownPathIsA404ProblemAndWithoutATokenA401Problem() {
        assertProblem(api.get("/api/no-such-thing").as(buyer().token()).send(), 404);
        assertProblem(api.get("/api/no-such-thing").send(), 401);
        assertProblem(api.get("/error").send(), 404);
    }

    @Test
    void springsOwn400sNameTheParameterHeaderOrFieldAtFault() {
        User buyer = buyer();
        User finance = withRoles(buyer(), "FINANCE");

        assertFieldAtFault(api.get("/api/finance/accounts/buyer-wallet:1").as(finance.token()).send(), "at");
        assertFieldAtFault(api.get("/api/orders?page=abc").as(buyer.token()).send(), "page");
        assertFieldAtFault(api.get("/api/orders?size=0").as(buyer.token()).send(), "size");
        assertFieldAtFault(api.post("/api/auth/login", null).header("Content-Type", "application/json").send(), "$");
        assertFieldAtFault(api.post("/api/orders", "{\"lines\": [").as(buyer.token()).send(), "lines[0]");
        assertFieldAtFault(api.post("/api/orders/" + SOME_ORDER + "/refunds", Map.of("reason", "x".repeat(501), "withReturn", false))
                .as(buyer.token()).send(), "reason");
        assertFieldAtFault(api.post("/api/orders", Map.of("lines", List.of())).as(buyer.token())
                .header("Idempotency-Key", "a key with spaces").send(), "Idempotency-Key");
        assertFieldAtFault(api.get("/api/admin/projections/order-views/dead-letters?limit=0").as(admin().token()).send(),
                "limit");
    }

    @Test
    void aConsistencyTokenOutOfRangeIsA400NamingWhereItWasGiven() {
        User buyer = buyer();

        assertFieldAtFault(api.get("/api/orders").as(buyer.token()).header("X-Consistency-Token", "9999999999999999999").send(),
                "X-Consistency-Token");
        assertFieldAtFault(api.get("/api/orders").as(buyer.token()).header("X-Consistency-Token", "-1").send(),
                "X-Consistency-Token");
        assertFieldAtFault(api.get("/api/orders?consistentWith=1e3").as(buyer.token()).send(), "consistentWith");
    }

    @Test
    void theRoleIsCheckedBeforeAnyWaitForAConsistencyToken() {
        String buyerToken = buyer().token();
        long start = System.nanoTime();

        LedgerClient.Response refused = api.get("/api/accounts/platform").as(buyerToken)
                .header("X-Consistency-Token", String.valueOf(Long.MAX_VALUE)).send();

        assertProblem(refused, 403);
        // the read-your-writes timeout of the tests is 2 s: a refusal after a wait would take that long
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    private LedgerClient.Response createProduct(User seller, String name, String description) {
        String productId = "p-" + UUID.randomUUID();
        return api.post("/api/products", Map.of("productId", productId,
                "spu", Map.of("name", name, "description", description),
                "skus", List.of(Map.of("skuId", productId + "-sku", "skuName", "one", "price", "1.00")))).as(seller.token()).send();
    }

    private static void assertFieldAtFault(LedgerClient.Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.json().at("/errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }

    private static void assertFieldAtFault(RawHttp.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        JsonNode problem = parse(answer.body());
        assertThat(problem.at("/status").asInt()).isEqualTo(400);
        assertThat(problem.at("/type").asText()).matches(".*/(validation|malformed-request)$");
        assertThat(problem.at("/correlationId").asText()).isNotBlank();
        assertThat(problem.at("/errors").findValuesAsText("field")).as(answer.toString()).contains(field);
    }

    private static void assertProblem(LedgerClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().at("/status").asInt()).isEqualTo(status);
        assertThat(response.at("/type")).startsWith("https://");
        assertThat(response.at("/correlationId")).isNotBlank();
        if (status == 400) {
            assertThat(response.at("/type")).matches(".*/(validation|malformed-request)$");
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
