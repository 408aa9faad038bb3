package dev.orderledger.app.process;

import dev.orderledger.api.payment.PaymentAmountMismatchedEvent;
import dev.orderledger.api.payment.PaymentReturnedEvent;
import dev.orderledger.api.payment.PaymentSucceededAfterCancellationEvent;
import dev.orderledger.api.payment.PaymentSucceededEvent;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.api.refund.RefundPaymentFailedEvent;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The partners misbehave the way real ones do (duplicate, reordered, dropped callbacks, lost replies,
 * late successes, wrong amounts, failed refunds) and each payment still changes state once, money that
 * no order keeps goes back, and what cannot be repaired lands in the manual intervention queue.
 */
class PartnerFailuresIT extends LedgerIntegrationTest {

    @Autowired
    LedgerFacts facts;

    @Test
    void duplicateReorderedAndDroppedCallbacksEachPayTheOrderOnce() {
        for (Map<String, Object> misbehaviour : List.<Map<String, Object>>of(
                Map.of("duplicateCallbacks", 3),
                Map.of("reorder", true, "duplicateCallbacks", 1),
                Map.of("dropCallbacks", true),
                Map.of("loseReply", true))) {
            User buyer = buyer();
            String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Flaky lamp", "25.00"), 1));
            String payOrderId = "pay-" + UUID.randomUUID();
            scenario("gateway", payOrderId, misbehaviour);

            pay(buyer, payOrderId, orderId);

            awaitOrder(buyer, orderId, view -> !view.at("/status").asText().equals("PENDING_PAYMENT"));
            assertThat(facts.eventsOf(payOrderId)).as(misbehaviour.toString())
                    .filteredOn(PaymentSucceededEvent.class::isInstance).hasSize(1);
            assertThat(facts.eventsOf(orderId)).as(misbehaviour.toString())
                    .filteredOn(dev.orderledger.api.order.OrderPaidEvent.class::isInstance).hasSize(1);
        }
    }

    @Test
    void aSuccessReportedAfterTheOrderWasCancelledIsPaidBackAutomatically() {
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Late lamp", "40.00"), 1));
        String payOrderId = "pay-" + UUID.randomUUID();
        scenario("gateway", payOrderId, Map.of("callbackDelayMillis", 3_000, "processingCallback", false));
        pay(buyer, payOrderId, orderId);
        await().atMost(Duration.ofSeconds(10)).until(() -> facts.eventsOf(payOrderId).size() >= 3);

        assertThat(api.post("/api/orders/" + orderId + "/cancellation", null).as(buyer.token()).send().status())
                .isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).until(() -> facts.eventsOf(payOrderId).stream()
                .anyMatch(PaymentReturnedEvent.class::isInstance));
        assertThat(facts.eventsOf(payOrderId)).filteredOn(PaymentSucceededAfterCancellationEvent.class::isInstance).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(facts.transfersAbout(payOrderId))
                .extracting(transfer -> transfer.transferId().value() + " " + transfer.amount().amount())
                .as("the cash came in through the gateway and went back out through it")
                .containsExactly("pay-in:" + payOrderId + " 40.00", "return-out:" + payOrderId + ":late 40.00"));
        assertThat(awaitOrder(buyer, orderId, "CANCELLED").at("/cancellationReason").asText()).isEqualTo("BUYER");
    }

    @Test
    void aGatewaySuccessForTheWrongAmountGoesToTheManualQueue() {
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Odd lamp", "30.00"), 1));
        String payOrderId = "pay-" + UUID.randomUUID();
        scenario("gateway", payOrderId, Map.of("amountOverride", Map.of("amount", "3.00", "currency", "CNY")));

        pay(buyer, payOrderId, orderId);

        await().atMost(Duration.ofSeconds(15)).until(() -> facts.eventsOf(payOrderId).stream()
                .anyMatch(PaymentAmountMismatchedEvent.class::isInstance));
        LedgerClient.Response queued = await().atMost(Duration.ofSeconds(15)).until(
                () -> api.get("/api/admin/interventions/payment:" + payOrderId).as(admin().token()).send(),
                response -> response.status() == 200);
        assertThat(queued.at("/reason")).isEqualTo("AMOUNT_MISMATCH");
        assertThat(awaitOrder(buyer, orderId, "PENDING_PAYMENT").at("/status").asText()).as("not paid by a wrong amount")
                .isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void aRefundTheGatewayFailsIsQueuedAndARetryPaysItBack() {
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Refund lamp", "60.00"), 1));
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        awaitOrder(buyer, orderId, view -> !view.at("/status").asText().equals("PENDING_PAYMENT"));
        String refundId = "r-" + UUID.randomUUID();
        scenario("gateway", refundId, Map.of("outcome", "FAIL"));

        LedgerClient.Response opened = api.post("/api/admin/orders/" + orderId + "/refunds", Map.of("kind", "ADMIN",
                "refund", Map.of("refundId", refundId, "withReturn", false, "reason", "goodwill"))).as(admin().token()).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).until(() -> facts.eventsOf(refundId).stream()
                .anyMatch(RefundPaymentFailedEvent.class::isInstance));
        String intervention = "/api/admin/interventions/refund:" + refundId;
        assertThat(await().atMost(Duration.ofSeconds(15)).until(() -> api.get(intervention).as(admin().token()).send(),
                response -> response.status() == 200).at("/reason")).isEqualTo("R11_REFUND_FAILED");

        assertThat(api.post(intervention + "/retry", null).as(admin().token()).send().status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(20)).until(() -> facts.eventsOf(refundId).stream()
                .anyMatch(RefundCompletedEvent.class::isInstance));
        assertThat(await().atMost(Duration.ofSeconds(15)).until(() -> api.get(intervention).as(admin().token()).send(),
                response -> "RESOLVED".equals(response.at("/status"))).at("/status")).isEqualTo("RESOLVED");
        assertThat(awaitOrder(buyer, orderId, "CLOSED").at("/status").asText()).isEqualTo("CLOSED");
    }

    private void scenario(String partner, String key, Map<String, Object> knobs) {
        // (scenarios are keyed by the ids the test chooses, so they touch nothing else)
        LedgerClient.Response set = api.put("/simulator/" + partner + "/scenarios/" + key, knobs).as(admin().token()).send();
        assertThat(set.status()).as(set.toString()).isIn(200, 201, 204);
    }
}
