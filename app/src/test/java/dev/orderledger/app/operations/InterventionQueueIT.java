package dev.orderledger.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The manual intervention queue over HTTP: a stuck process raises, an admin reads, retries and resolves. */
class InterventionQueueIT extends LedgerIntegrationTest {

    private static final String QUEUE = "/api/admin/interventions";

    @Test
    void anAdminSeesAStuckRefundAsksForARetryAndThenResolvesItByHand() {
        String adminToken = admin().token();
        String refund = raiseIntervention(InterventionProcess.REFUND, "R11_REFUND_FAILED", "the gateway refused the refund");
        String payment = raiseIntervention(InterventionProcess.PAYMENT, "AMOUNT_MISMATCH", "paid 10.00 for 12.00");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(ids(api.get(QUEUE + "?status=OPEN&process=REFUND&page=0&size=50").as(adminToken).send()))
                        .contains(refund).doesNotContain(payment));
        JsonNode opened = api.get(QUEUE + "/" + refund).as(adminToken).send().json();
        assertThat(opened.at("/status").asText()).isEqualTo("OPEN");
        assertThat(opened.at("/process").asText()).isEqualTo("REFUND");
        assertThat(opened.at("/reason").asText()).isEqualTo("R11_REFUND_FAILED");
        assertThat(opened.at("/detail").asText()).isEqualTo("the gateway refused the refund");
        assertThat(opened.at("/timesRaised").asInt()).isEqualTo(1);

        assertNoContent(api.post(QUEUE + "/" + refund + "/retry", null).as(adminToken).send());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(api.get(QUEUE + "/" + refund).as(adminToken).send().at("/status")).isEqualTo("RETRY_REQUESTED"));
        assertThat(ids(api.get(QUEUE + "?status=OPEN").as(adminToken).send())).as("a pending retry is still open").contains(refund);

        assertNoContent(api.post(QUEUE + "/" + refund + "/resolution", Map.of("note", "refunded by bank transfer"))
                .as(adminToken).send());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode resolved = api.get(QUEUE + "/" + refund).as(adminToken).send().json();
            assertThat(resolved.at("/status").asText()).isEqualTo("RESOLVED");
            assertThat(resolved.at("/note").asText()).isEqualTo("refunded by bank transfer");
            assertThat(resolved.at("/resolvedBy").asText()).isNotBlank();
            assertThat(resolved.at("/retries").asInt()).isEqualTo(1);
        });
        assertThat(ids(api.get(QUEUE + "?status=OPEN").as(adminToken).send())).doesNotContain(refund);
        assertThat(ids(api.get(QUEUE + "?status=RESOLVED").as(adminToken).send())).contains(refund);

        LedgerClient.Response retryResolved = api.post(QUEUE + "/" + refund + "/retry", null).as(adminToken).send();
        assertThat(retryResolved.status()).as(retryResolved.toString()).isEqualTo(409);
        assertThat(retryResolved.at("/currentState")).isEqualTo("RESOLVED");
    }

    @Test
    void theQueueIsForAdminsOnly() {
        String id = raiseIntervention(InterventionProcess.FULFILLMENT, "CARRIER_LOST_PARCEL", "no scan for ten days");
        String buyerToken = buyer().token();

        assertThat(api.get(QUEUE).as(buyerToken).send().status()).isEqualTo(403);
        assertThat(api.get(QUEUE + "/" + id).as(buyerToken).send().status()).isEqualTo(403);
        assertThat(api.post(QUEUE + "/" + id + "/retry", null).as(buyerToken).send().status()).isEqualTo(403);
        assertThat(api.post(QUEUE + "/" + id + "/resolution", Map.of("note", "mine now")).as(buyerToken).send().status())
                .isEqualTo(403);
    }

    @Test
    void anUnknownInterventionIsNotFound() {
        String adminToken = admin().token();
        String unknown = InterventionId.of(InterventionProcess.REFUND, "r-" + UUID.randomUUID()).value();

        assertThat(api.get(QUEUE + "/" + unknown).as(adminToken).send().status()).isEqualTo(404);
        assertThat(api.post(QUEUE + "/" + unknown + "/retry", null).as(adminToken).send().status()).isEqualTo(404);
        assertThat(api.post(QUEUE + "/" + unknown + "/resolution", Map.of("note", "nothing")).as(adminToken).send().status())
                .isEqualTo(404);
    }

    private static List<String> ids(LedgerClient.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return StreamSupport.stream(page.json().at("/items").spliterator(), false)
                .map(item -> item.at("/interventionId").asText())
                .toList();
    }

}
