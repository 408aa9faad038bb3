package dev.orderledger.app.slice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A presale over HTTP: the deposit is paid first, the balance only in its window. */
class PresaleIT extends LedgerIntegrationTest {

    @Test
    void theBuyerPaysTheDepositThenTheBalanceInItsWindow() {
        User seller = seller();
        User buyer = buyer();
        String adminToken = admin().token();
        String open = presaleProduct(seller, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(7)));
        String orderId = confirmedOrder(buyer, open, adminToken);

        LedgerClient.Response deposit = api.post("/api/pay-orders", Map.of("orderIds", List.of(orderId),
                "method", "GATEWAY_CARD")).as(buyer.token()).send();
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        payThrough(deposit.at("/payOrderId"), "100.00", adminToken);
        assertThat(api.post("/api/admin/orders/" + orderId + "/payment", Map.of("payOrderId", deposit.at("/payOrderId"), "amount", cny("100.00")))
                .as(adminToken).send().status()).isEqualTo(204);
        JsonNode afterDeposit = awaitOrder(orderId, buyer.token(), order -> order.at("/status").asText().equals("DEPOSIT_PAID"));
        assertThat(afterDeposit.at("/type").asText()).isEqualTo("PRESALE");
        assertThat(afterDeposit.at("/presale/deposit/amount").asText()).isEqualTo("100.00");

        LedgerClient.Response balance = api.post("/api/pay-orders", Map.of("orderIds", List.of(orderId),
                "method", "GATEWAY_CARD")).as(buyer.token()).send();
        assertThat(balance.status()).as(balance.toString()).isEqualTo(201);
        payThrough(balance.at("/payOrderId"), "1898.00", adminToken);
        assertThat(api.post("/api/admin/orders/" + orderId + "/payment", Map.of("payOrderId", balance.at("/payOrderId"), "amount", cny("1898.00")))
                .as(adminToken).send().status()).isEqualTo(204);
        awaitOrder(orderId, buyer.token(), order -> order.at("/status").asText().equals("PAID"));
    }

    @Test
    void theBalanceCannotBePaidBeforeItsWindowOpens() {
        User seller = seller();
        User buyer = buyer();
        String adminToken = admin().token();
        String later = presaleProduct(seller, Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(7)));
        String orderId = confirmedOrder(buyer, later, adminToken);
        String depositId = api.post("/api/pay-orders", Map.of("orderIds", List.of(orderId), "method", "GATEWAY_CARD"))
                .as(buyer.token()).send().at("/payOrderId");
        payThrough(depositId, "100.00", adminToken);
        api.post("/api/admin/orders/" + orderId + "/payment", Map.of("payOrderId", depositId, "amount", cny("100.00"))).as(adminToken).send();

        LedgerClient.Response early = api.post("/api/pay-orders", Map.of("orderIds", List.of(orderId),
                "method", "GATEWAY_CARD")).as(buyer.token()).send();

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.at("/reason")).isEqualTo("BALANCE_WINDOW_CLOSED");
    }

    private String presaleProduct(User seller, Instant balanceFrom, Instant balanceUntil) {
        String productId = "pre-" + UUID.randomUUID();
        LedgerClient.Response created = api.post("/api/products", Map.of("productId", productId,
                "spu", Map.of("name", "Next year's phone"),
                "skus", List.of(Map.of("skuId", productId + "-sku", "price", "999.00", "stock", 100,
                        "presale", Map.of("deposit", "50.00", "balanceFrom", balanceFrom.toString(),
                                "balanceUntil", balanceUntil.toString()))))).as(seller.token()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        moveProduct(seller, productId, "SUBMIT_FOR_AUDIT");
        moveProduct(admin(), productId, "APPROVE");
        moveProduct(seller, productId, "PUT_ON_SHELF");
        return productId;
    }

    private String confirmedOrder(User buyer, String productId, String adminToken) {
        String orderId = api.post("/api/orders", orderOf(null, productId, 2)).as(buyer.token()).send().at("/orderId");
        LedgerClient.Response confirmed = api.post("/api/admin/orders/" + orderId + "/placement-confirmation",
                Map.of("discount", Map.of("amount", "0.00", "currency", "CNY"), "pointsUsed", 0)).as(adminToken).send();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        return orderId;
    }

    private void payThrough(String payOrderId, String cash, String adminToken) {
        String admin = "/api/admin/pay-orders/" + payOrderId;
        api.post(admin + "/initialisation", Map.of("gatewayRequestId", "req-" + payOrderId)).as(adminToken).send();
        LedgerClient.Response result = api.post(admin + "/gateway-result", Map.of("gatewayTransactionId", "tx-" + payOrderId,
                "succeeded", true, "amount", Map.of("amount", cash, "currency", "CNY"))).as(adminToken).send();
        assertThat(result.at("/status")).as(result.toString()).isEqualTo("P8_SUCCESS");
    }

    private static Map<String, String> cny(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    private JsonNode awaitOrder(String orderId, String token, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/orders/" + orderId).as(token).send(),
                response -> response.status() == 200 && condition.test(response.json())).json();
    }
}
