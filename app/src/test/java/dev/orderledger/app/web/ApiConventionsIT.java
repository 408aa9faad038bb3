package dev.orderledger.app.web;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem details for every kind of bad input, and the Idempotency-Key mechanism. */
class ApiConventionsIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unknownJsonFieldsAreRejectedByName() {
        User buyer = buyer();
        Map<String, Object> order = new java.util.HashMap<>(orderOf(null, "p-1", 1));
        order.put("totalAmount", "0.01");

        LedgerClient.Response response = api.post("/api/orders", order).as(buyer.token()).send();

        assertProblem(response, 400);
        assertThat(response.at("/detail")).contains("unknown field 'totalAmount'");
    }

    @Test
    void malformedJsonIsA400Problem() {
        LedgerClient.Response response = api.post("/api/orders", "{\"lines\": [").as(buyer().token()).send();

        assertProblem(response, 400);
    }

    @Test
    void invalidFieldsAreListed() {
        Map<String, Object> order = Map.of("lines", List.of(Map.of("productId", "bad id!", "skuId", "s", "quantity", 0)));

        LedgerClient.Response response = api.post("/api/orders", order).as(buyer().token()).send();

        assertProblem(response, 400);
        assertThat(response.json().at("/errors").findValuesAsText("field"))
                .contains("lines[0].productId", "lines[0].quantity");
    }

    @Test
    void pricesWithMoreDecimalsThanTheCurrencyAllowsAreRefused() {
        LedgerClient.Response response = api.post("/api/products", Map.of("spu", Map.of("name", "Gadget"),
                "skus", List.of(Map.of("skuId", "g-1", "price", "9.999")))).as(seller().token()).send();
        LedgerClient.Response transfer = api.post("/api/admin/transfers", Map.of("transferId", "t-decimals",
                "from", "platform-marketing:0", "to", "buyer-wallet:1", "memo", "m",
                "amount", Map.of("amount", "1.001", "currency", "CNY"))).as(admin().token()).send();

        assertProblem(response, 400);
        assertThat(response.at("/detail")).contains("CNY allows 2 decimals");
        assertProblem(transfer, 400);
        assertThat(transfer.at("/detail")).contains("amount").contains("CNY allows 2 decimals");
    }

    @Test
    void aPathVariableInTheWrongFormatIsA400NotA500() {
        LedgerClient.Response response = api.get("/api/orders/not-an-order").as(buyer().token()).send();

        assertProblem(response, 400);
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        LedgerClient.Response anonymous = api.post("/api/products", Map.of("name", "x")).send();
        LedgerClient.Response buyerCreatingProduct = api.post("/api/products", Map.of("spu", Map.of("name", "Thing"),
                "skus", List.of(Map.of("skuId", "t-1", "price", "1.00")))).as(buyer().token()).send();

        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(buyerCreatingProduct, 403);
    }

    @Test
    void aForgedTokenIs401() {
        String token = buyer().token();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertProblem(api.get("/api/orders/1234567890123456789").as(forged).send(), 401);
    }

    @Test
    void everyResponseCarriesACorrelationId() {
        LedgerClient.Response mine = api.get("/actuator/health").header("X-Correlation-Id", "abc-123").send();
        LedgerClient.Response fresh = api.get("/actuator/health").send();

        assertThat(mine.header("X-Correlation-Id")).isEqualTo("abc-123");
        assertThat(fresh.header("X-Correlation-Id")).isNotBlank();
    }

    @Test
    void theSameKeyAndBodyReturnsTheFirstAnswerWithoutPlacingAgain() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Notebook", "5.50");
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = orderOf(null, productId, 3);

        LedgerClient.Response first = api.post("/api/orders", order).as(buyer.token()).header("Idempotency-Key", key).send();
        LedgerClient.Response retry = api.post("/api/orders", order).as(buyer.token()).header("Idempotency-Key", key).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype = 'dev.orderledger.api.order.OrderPlacedEvent'
                  AND convert_from(metadata, 'UTF8')::jsonb ->> 'actor' = ?""", Long.class, buyer.userId())).isEqualTo(1L);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Pen", "2.00");
        String key = UUID.randomUUID().toString();
        api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).header("Idempotency-Key", key).send();

        LedgerClient.Response other = api.post("/api/orders", orderOf(null, productId, 2)).as(buyer.token())
                .header("Idempotency-Key", key).send();

        assertProblem(other, 422);
    }

    @Test
    void keysBelongToTheirUser() {
        String productId = productOnShelf(seller(), "Ruler", "3.00");
        String key = UUID.randomUUID().toString();
        LedgerClient.Response first = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer().token())
                .header("Idempotency-Key", key).send();

        LedgerClient.Response someoneElse = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer().token())
                .header("Idempotency-Key", key).send();

        assertThat(someoneElse.status()).isEqualTo(201);
        assertThat(someoneElse.at("/orderId")).isNotEqualTo(first.at("/orderId"));
    }

    @Test
    void aKeyWhoseRequestIsStillRunningIs409() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Stapler", "15.00");
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = orderOf(null, productId, 1);
        LedgerClient.Response first = api.post("/api/orders", order).as(buyer.token()).header("Idempotency-Key", key).send();
        // The same request, caught while its first run has not finished yet.
        jdbc.update("UPDATE idempotency_record SET state = 'IN_FLIGHT', created_at = ? WHERE owner = ? AND idempotency_key = ?",
                Timestamp.from(Instant.now()), buyer.userId(), key);

        LedgerClient.Response concurrent = api.post("/api/orders", order).as(buyer.token()).header("Idempotency-Key", key).send();

        assertThat(first.status()).isEqualTo(201);
        assertProblem(concurrent, 409);
    }

    private static void assertProblem(LedgerClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/status").asInt()).isEqualTo(status);
        assertThat(response.at("/type")).startsWith("https://");
        assertThat(response.at("/correlationId")).isNotBlank();
    }
}
