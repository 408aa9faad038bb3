package dev.orderledger.app.order;

import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storefront follows an order live over server-sent events: the order as it is, then each change of
 * its statuses, without polling; a stranger is told the order does not exist. A payment answers with
 * its outcome in the one request.
 */
class OrderEventsIT extends LedgerIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void payingAnswersWithThePaidOrderInOneRequest() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Paid in one lamp", "18.00", 10);
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));
        String payOrderId = "pay-" + UUID.randomUUID();

        LedgerClient.Response paid = api.post("/api/pay-orders", Map.of("payOrderId", payOrderId,
                "orderIds", List.of(orderId), "method", "GATEWAY_CARD")).as(buyer.token()).send();

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.header("Location")).isEqualTo("/api/pay-orders/" + payOrderId);
        assertThat(paid.header("X-Consistency-Token")).matches("[0-9]+");
        assertThat(paid.at("/payOrderId")).isEqualTo(payOrderId);
        assertThat(paid.at("/status")).isEqualTo("P8_SUCCESS");
        assertThat(paid.at("/orders/0/orderId")).isEqualTo(orderId);
        assertThat(paid.at("/orders/0/status")).isIn("PAID", "FULFILLING");
    }

    @Test
    void theStreamOfAPaidOrderDeliversItsStatusesFromPendingPaymentToPaidAndOn() throws Exception {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Followed kettle", "33.00", 10);
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/orders/" + orderId + "/events"))
                    .header("Authorization", "Bearer " + buyer.token()).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            List<String> statuses = new CopyOnWriteArrayList<>();
            CompletableFuture<List<String>> untilFulfilling = CompletableFuture.supplyAsync(() -> {
                stream.body().filter(line -> line.startsWith("data:"))
                        .map(line -> line.replaceAll(".*\"status\":\"([A-Z_]+)\".*", "$1"))
                        .peek(statuses::add)
                        .anyMatch(status -> status.equals("FULFILLING"));
                return statuses;
            }, reader);
            await(statuses, 1);
            pay(buyer, "pay-" + UUID.randomUUID(), orderId);

            // the stream carries the order as each projection batch leaves it: a payment and the start of its
            // fulfillment handled in one batch arrive as one event, so PAID may be passed over, never reordered
            List<String> seen = untilFulfilling.get(30, TimeUnit.SECONDS);
            assertThat(seen).startsWith("PENDING_PAYMENT").endsWith("FULFILLING")
                    .isSortedAccordingTo(java.util.Comparator.comparing(OrderStatus::valueOf));
            stream.body().close();
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void aStrangerCannotFollowSomeoneElsesOrder() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Private vase", "8.00", 10);
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));

        LedgerClient.Response stranger = api.get("/api/orders/" + orderId + "/events").as(buyer().token())
                .header("Accept", "text/event-stream").send();

        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(404);
    }

    private static void await(List<String> statuses, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> statuses.size() >= count);
    }
}
