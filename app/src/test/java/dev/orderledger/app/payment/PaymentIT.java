package dev.orderledger.app.payment;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A pay order for two orders through P1 → P5 → P7 → P8 over HTTP; a duplicate callback changes nothing. */
class PaymentIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneBuyerPaysTwoOrdersAndTheGatewayResultIsAppliedOnce() {
        User seller = seller();
        User buyer = buyer();
        String adminToken = admin().token();
        String productId = productOnShelf(seller, "Teacup", "30.00");
        String first = placeAwaitingPayment(buyer, productId, 2, adminToken);
        String second = placeAwaitingPayment(buyer, productId, 1, adminToken);
        String payOrderId = "pay-" + UUID.randomUUID();

        LedgerClient.Response created = api.post("/api/pay-orders", Map.of("payOrderId", payOrderId,
                "orderIds", List.of(first, second), "method", "GATEWAY_CARD")).as(buyer.token())
                .header("Idempotency-Key", payOrderId).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        String admin = "/api/admin/pay-orders/" + payOrderId;
        assertThat(api.post(admin + "/initialisation", Map.of("gatewayRequestId", "req-" + payOrderId)).as(adminToken)
                .send().status()).isEqualTo(204);
        assertThat(api.post(admin + "/processing", Map.of("gatewayTransactionId", "tx-" + payOrderId)).as(adminToken)
                .send().status()).isEqualTo(204);
        Map<String, Object> success = Map.of("gatewayTransactionId", "tx-" + payOrderId, "succeeded", true,
                "amount", Map.of("amount", "90.00", "currency", "CNY"));
        LedgerClient.Response applied = api.post(admin + "/gateway-result", success).as(adminToken).send();
        LedgerClient.Response duplicate = api.post(admin + "/gateway-result", success).as(adminToken).send();

        assertThat(applied.at("/status")).isEqualTo("P8_SUCCESS");
        assertThat(duplicate.at("/status")).isEqualTo("P8_SUCCESS");
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                String.class, payOrderId)).containsExactly(
                "dev.orderledger.api.payment.PayOrderCreatedEvent", "dev.orderledger.api.payment.PaymentInitialisedEvent",
                "dev.orderledger.api.payment.PaymentProcessingEvent", "dev.orderledger.api.payment.PaymentSucceededEvent");
    }

    @Test
    void aBuyerCannotPaySomeoneElsesOrderNorAnOrderNotAwaitingPayment() {
        User buyer = buyer();
        String adminToken = admin().token();
        String productId = productOnShelf(seller(), "Saucer", "12.00");
        String theirs = placeAwaitingPayment(buyer, productId, 1, adminToken);
        String unconfirmed = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send().at("/orderId");

        LedgerClient.Response stranger = api.post("/api/pay-orders", Map.of("orderIds", List.of(theirs),
                "method", "GATEWAY_CARD")).as(buyer().token()).send();
        LedgerClient.Response early = api.post("/api/pay-orders", Map.of("orderIds", List.of(unconfirmed),
                "method", "GATEWAY_CARD")).as(buyer.token()).send();

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.at("/currentState")).isEqualTo("CREATED");
    }

    private String placeAwaitingPayment(User buyer, String productId, int quantity, String adminToken) {
        String orderId = api.post("/api/orders", orderOf(null, productId, quantity)).as(buyer.token()).send().at("/orderId");
        LedgerClient.Response confirmed = api.post("/api/admin/orders/" + orderId + "/placement-confirmation",
                Map.of("discount", Map.of("amount", "0.00", "currency", "CNY"), "pointsUsed", 0)).as(adminToken).send();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        return orderId;
    }
}
