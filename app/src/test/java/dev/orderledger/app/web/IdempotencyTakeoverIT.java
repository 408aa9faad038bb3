package dev.orderledger.app.web;

import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose process died before it answered left its Idempotency-Key claimed. The retry with
 * that key runs the request again and answers, and what it did is done once: the commands are
 * idempotent on the ids the client chose. A claim of an instance that still lives keeps its 409.
 */
class IdempotencyTakeoverIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LedgerFacts facts;

    @Autowired
    OtherInstances otherInstances;

    @Test
    void theRetryOfAPlacementWhoseProcessDiedAnswersWithTheOrderPlacedOnce() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Kettle", "30.00");
        String orderId = api.post("/api/order-ids", null).as(buyer.token()).send().at("/orderId");
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = orderOf(orderId, productId, 1);
        LedgerClient.Response first = api.post("/api/orders", order).as(buyer.token()).header(IdempotencyFilter.HEADER, key).send();
        orphan(buyer, key);

        LedgerClient.Response retry = api.post("/api/orders", order).as(buyer.token()).header(IdempotencyFilter.HEADER, key).send();
        LedgerClient.Response again = api.post("/api/orders", order).as(buyer.token()).header(IdempotencyFilter.HEADER, key).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.header(IdempotencyFilter.REPLAYED)).as("it ran again").isNull();
        assertThat(retry.at("/orderId")).isEqualTo(orderId);
        assertThat(facts.eventsOf(orderId)).filteredOn(OrderPlacedEvent.class::isInstance).hasSize(1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header(IdempotencyFilter.REPLAYED)).as("the retry's answer was stored").isEqualTo("true");
    }

    @Test
    void theRetryOfAPaymentWhoseProcessDiedAnswersWithThePayOrderCreatedOnce() {
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Toaster", "45.00"), 1));
        String payOrderId = "pay-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = Map.of("payOrderId", payOrderId, "orderIds", List.of(orderId), "method", "GATEWAY_CARD");
        LedgerClient.Response first = api.post("/api/pay-orders", payment).as(buyer.token()).header(IdempotencyFilter.HEADER, key).send();
        orphan(buyer, key);

        LedgerClient.Response retry = api.post("/api/pay-orders", payment).as(buyer.token()).header(IdempotencyFilter.HEADER, key).send();

        assertThat(first.status()).as("created; paid within the wait, or not yet").isIn(201, 202);
        assertThat(retry.status()).as(retry.toString()).isIn(201, 202);
        assertThat(retry.header(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(retry.at("/payOrderId")).isEqualTo(payOrderId);
        assertThat(facts.eventsOf(payOrderId)).filteredOn(PayOrderCreatedEvent.class::isInstance).hasSize(1);
    }

    @Test
    void aRequestStillRunningOnAnotherInstanceThatLivesKeepsItsKey() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Blender", "80.00");
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = orderOf(null, productId, 1);
        api.post("/api/orders", order).as(buyer.token()).header(IdempotencyFilter.HEADER, key).send();

        otherInstances.whileOneLives(other -> {
            jdbc.update("UPDATE idempotency_record SET state = 'IN_FLIGHT', instance_id = ? WHERE owner = ? AND idempotency_key = ?",
                    other, buyer.userId(), key);

            LedgerClient.Response retry = api.post("/api/orders", order).as(buyer.token())
                    .header(IdempotencyFilter.HEADER, key).send();

            assertThat(retry.status()).as(retry.toString()).isEqualTo(409);
            assertThat(retry.at("/detail")).contains("still being processed");
        });
    }

    /** As if the request had died in the middle: its claim still in flight, held by an instance that is gone. */
    private void orphan(User buyer, String key) {
        assertThat(jdbc.update("""
                UPDATE idempotency_record SET state = 'IN_FLIGHT', response_status = NULL, response_body = NULL, instance_id = ?
                WHERE owner = ? AND idempotency_key = ?""", otherInstances.dead(), buyer.userId(), key)).isEqualTo(1);
    }
}
