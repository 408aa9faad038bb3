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
    void oneBuyerPaysTwoOrdersThroughTheGatewayAndEachIsPaidOnce() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Teacup", "30.00");
        String first = placedOrder(buyer, orderOf(null, productId, 2));
        String second = placedOrder(buyer, orderOf(null, productId, 1));
        String payOrderId = "pay-" + UUID.randomUUID();

        LedgerClient.Response created = api.post("/api/pay-orders", Map.of("payOrderId", payOrderId,
                "orderIds", List.of(first, second), "method", "GATEWAY_CARD")).as(buyer.token())
                .header("Idempotency-Key", payOrderId).send();
        assertThat(created.status()).as("created; paid within the wait, or not yet: " + created).isIn(201, 202);

        for (String orderId : List.of(first, second)) {
            assertThat(awaitOrder(buyer, orderId, view -> !view.at("/status").asText().equals("PENDING_PAYMENT"))
                    .at("/payOrderId").asText()).isEqualTo(payOrderId);
        }
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                String.class, payOrderId)).containsExactly(
                "dev.orderledger.api.payment.PayOrderCreatedEvent", "dev.orderledger.api.payment.PaymentInitialisedEvent",
                "dev.orderledger.api.payment.PaymentProcessingEvent", "dev.orderledger.api.payment.PaymentSucceededEvent");
    }

    @Test
    void aBuyerCannotPaySomeoneElsesOrderNorACancelledOne() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Saucer", "12.00");
        String theirs = placedOrder(buyer, orderOf(null, productId, 1));
        String cancelled = placedOrder(buyer, orderOf(null, productId, 1));
        assertThat(api.post("/api/orders/" + cancelled + "/cancellation", null).as(buyer.token()).send().status())
                .isEqualTo(204);

        LedgerClient.Response stranger = api.post("/api/pay-orders", Map.of("orderIds", List.of(theirs),
                "method", "GATEWAY_CARD")).as(buyer().token()).send();
        LedgerClient.Response late = api.post("/api/pay-orders", Map.of("orderIds", List.of(cancelled),
                "method", "GATEWAY_CARD")).as(buyer.token()).send();

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.at("/currentState")).isEqualTo("CANCELLED");
    }
}
