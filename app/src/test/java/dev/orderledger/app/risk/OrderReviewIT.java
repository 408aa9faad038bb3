package dev.orderledger.app.risk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Review rules (seed 004 订单审核) over HTTP against the real stores: a burst of orders over the hourly rule
 * lands in the review queue, each order holding its stock; an admin approves one (it can be paid) and
 * rejects another (cancelled by risk control, its stock released). The buyer only ever reads that the order
 * awaits confirmation.
 */
class OrderReviewIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noRulesForTheOtherTests() {
        assertThat(api.put("/api/admin/review-rules", Map.of()).as(admin().token()).send().status()).isEqualTo(200);
    }

    @Test
    void aBurstOverTheHourlyRuleLandsInReviewAndIsApprovedOrRejected() {
        User buyer = buyer();
        String kettle = productOnShelf(seller(), "Kettle", "30.00");
        LedgerClient.Response set = api.put("/api/admin/review-rules", Map.of("maxOrdersPerHour", 2, "decideWithin", "PT1H"))
                .as(admin().token()).send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);

        ExecutorService buyers = Executors.newFixedThreadPool(5);
        List<LedgerClient.Response> burst;
        try {
            burst = IntStream.range(0, 5)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.post("/api/orders", orderOf(null, kettle, 1))
                            .as(buyer.token()).send(), buyers))
                    .toList().stream().map(CompletableFuture::join).toList();
        } finally {
            buyers.shutdown();
        }

        List<String> reviewed = new ArrayList<>();
        for (LedgerClient.Response placed : burst) {
            assertThat(placed.status()).as(placed.toString()).isIn(201, 202);
            String orderId = placed.at("/orderId");
            String status = awaitOrder(buyer, orderId, view -> !view.at("/status").asText().equals("CREATED")).at("/status").asText();
            if (status.equals("UNDER_REVIEW")) {
                reviewed.add(orderId);
            } else {
                assertThat(status).isEqualTo("PENDING_PAYMENT");
            }
        }
        assertThat(reviewed).as("two orders an hour go through; every one after them waits").hasSize(3);
        String approved = reviewed.get(0);
        String rejected = reviewed.get(1);

        JsonNode read = api.get("/api/orders/" + approved).as(buyer.token()).send().json();
        assertThat(read.at("/timeline").findValuesAsText("reason")).contains("awaiting confirmation");
        assertThat(read.toString()).as("the buyer is never told which rule fired").doesNotContain("ORDERS_PER_HOUR");
        JsonNode told = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/notifications").as(buyer.token()).send().json(),
                inbox -> inbox.at("/items").findValuesAsText("kind").contains("ORDER_UNDER_REVIEW"));
        assertThat(told.toString()).contains("awaiting confirmation").doesNotContain("ORDERS_PER_HOUR");
        LedgerClient.Response early = api.post("/api/pay-orders", Map.of("orderIds", List.of(approved), "method", "GATEWAY_CARD"))
                .as(buyer.token()).send();
        assertThat(early.status()).as("nothing to pay before confirmation: " + early).isEqualTo(409);

        JsonNode queue = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/admin/reviews?status=PENDING&size=100").as(admin().token()).send().json(),
                page -> page.at("/items").findValuesAsText("orderId").containsAll(reviewed));
        JsonNode entry = entryOf(queue, approved);
        assertThat(entry.at("/fired").get(0).asText()).isEqualTo("ORDERS_PER_HOUR");
        assertThat(entry.at("/buyerId").asText()).isEqualTo(buyer.userId());
        assertThat(api.get("/api/admin/reviews").as(buyer.token()).send().status()).isEqualTo(403);

        assertNoContent(api.post("/api/admin/reviews/" + approved + "/approval", Map.of("note", "a regular customer"))
                .as(admin().token()).send());
        assertNoContent(api.post("/api/admin/reviews/" + rejected + "/rejection", Map.of("note", "card testing"))
                .as(admin().token()).send());

        awaitOrder(buyer, approved, "PENDING_PAYMENT");
        pay(buyer, "pay-" + approved, approved);
        awaitOrder(buyer, approved, view -> view.at("/paidAt").isTextual());
        JsonNode cancelled = awaitOrder(buyer, rejected, "CANCELLED");
        assertThat(cancelled.at("/cancellationReason").asText()).isEqualTo("RISK_CONTROL");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype = 'dev.orderledger.api.inventory.StockReservationReleasedEvent'
                  AND convert_from(payload, 'UTF8') LIKE ?""", Long.class, "%" + rejected + "%"), released -> released == 1);
        LedgerClient.Response again = api.post("/api/admin/reviews/" + rejected + "/approval", Map.of()).as(admin().token()).send();
        assertThat(again.status()).as("decided once: " + again).isEqualTo(409);

        JsonNode decided = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/admin/reviews?size=100").as(admin().token()).send().json(),
                page -> "REJECTED".equals(entryOf(page, rejected).at("/status").asText())
                        && "APPROVED".equals(entryOf(page, approved).at("/status").asText()));
        assertThat(entryOf(decided, rejected).at("/note").asText()).isEqualTo("card testing");
    }

    @Test
    void theWhitelistSkipsReviewAndBadRulesAreRefusedNamingTheField() {
        User trusted = buyer();
        String lamp = productOnShelf(seller(), "Lamp", "20.00");
        assertThat(api.put("/api/admin/review-rules", Map.of("maxOrdersPerHour", 1, "whitelist", List.of(trusted.userId())))
                .as(admin().token()).send().status()).isEqualTo(200);

        placedOrder(trusted, orderOf(null, lamp, 1));
        placedOrder(trusted, orderOf(null, lamp, 1));

        LedgerClient.Response tooQuick = api.put("/api/admin/review-rules", Map.of("decideWithin", "PT1S")).as(admin().token()).send();
        assertThat(tooQuick.status()).isEqualTo(400);
        assertThat(tooQuick.json().at("/errors").findValuesAsText("field")).containsExactly("decideWithin");
        assertThat(api.put("/api/admin/review-rules", Map.of()).as(trusted.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/admin/review-rules").as(admin().token()).send().json().at("/maxOrdersPerHour").asInt()).isEqualTo(1);
    }

    private static JsonNode entryOf(JsonNode page, String orderId) {
        for (JsonNode item : page.at("/items")) {
            if (item.at("/orderId").asText().equals(orderId)) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
