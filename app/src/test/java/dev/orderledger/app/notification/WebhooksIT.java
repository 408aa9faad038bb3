package dev.orderledger.app.notification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, part 3, merchant webhooks over real HTTPS on the real stores: a receiver that is down for
 * a while receives every delivery once it is back, each verified by its signature; the delivery log,
 * redelivery, and an endpoint that keeps failing disabled with its seller told.
 */
class WebhooksIT extends LedgerIntegrationTest {

    private static final String SECRET = "whsec-" + UUID.randomUUID();
    private static final List<String> JOURNEY = List.of("ORDER_PLACED", "ORDER_PAID", "ORDER_SHIPPED", "ORDER_DELIVERED");

    @Test
    void aReceiverThatIsDownForAWhileGetsEveryDeliveryOnceItIsBackEachSignedAndCanHaveOneAgain() {
        try (HttpsReceiver receiver = HttpsReceiver.answering(503)) {
            User seller = seller();
            String webhook = register(seller, receiver.url(), JOURNEY);
            User buyer = buyer();
            String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller, "Lamp", "60.00"), 1));
            pay(buyer, "pay-" + UUID.randomUUID(), orderId);

            JsonNode whileDown = awaitLog(seller, webhook, log -> deliveries(log).size() == JOURNEY.size()
                    && deliveries(log).stream().allMatch(delivery -> delivery.path("attempts").size() >= 2));
            assertThat(deliveries(whileDown)).allSatisfy(delivery -> {
                assertThat(delivery.path("status").asText()).isEqualTo("PENDING");
                assertThat(delivery.path("attempts").get(0).path("statusCode").asInt()).isEqualTo(503);
            });
            assertThat(receiver.accepted()).isEmpty();
            receiver.answer(200);

            JsonNode delivered = awaitLog(seller, webhook, log -> deliveries(log).stream()
                    .allMatch(delivery -> delivery.path("status").asText().equals("DELIVERED")));
            Set<String> expected = deliveries(delivered).stream().map(delivery -> delivery.path("deliveryId").asText())
                    .collect(Collectors.toSet());
            List<HttpsReceiver.Request> accepted = receiver.accepted();
            assertThat(accepted.stream().map(HttpsReceiver.Request::deliveryId).collect(Collectors.toSet()))
                    .as("after deduplication by delivery id, exactly the deliveries of the log").isEqualTo(expected);
            assertThat(accepted.stream().map(HttpsReceiver.Request::kind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(JOURNEY);
            accepted.forEach(request -> assertSignedBody(request, orderId));
            for (JsonNode delivery : deliveries(delivered)) {
                List<JsonNode> attempts = attempts(delivery);
                assertThat(attempts.get(attempts.size() - 1).path("succeeded").asBoolean()).isTrue();
                assertThat(attempts.subList(0, attempts.size() - 1)).as("failed attempts, then the success")
                        .isNotEmpty().allSatisfy(attempt -> assertThat(attempt.path("succeeded").asBoolean()).isFalse());
            }

            String paid = deliveryOf(delivered, "ORDER_PAID");
            byte[] firstBody = accepted.stream().filter(request -> request.deliveryId().equals(paid)).findFirst().orElseThrow().body();
            assertThat(api.post("/api/webhooks/" + webhook + "/deliveries/" + paid + "/redelivery", null).as(seller().token())
                    .send().status()).as("another seller's").isEqualTo(404);
            assertThat(api.post("/api/webhooks/" + webhook + "/deliveries/" + paid + "/redelivery", null).as(seller.token())
                    .send().status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted().stream()
                    .filter(request -> request.deliveryId().equals(paid)).count() == 2);
            HttpsReceiver.Request again = receiver.accepted().stream().filter(request -> request.deliveryId().equals(paid))
                    .reduce((first, second) -> second).orElseThrow();
            assertThat(again.body()).as("the same delivery id and body").isEqualTo(firstBody);
            assertSignedBody(again, orderId);
            JsonNode redelivered = awaitLog(seller, webhook, log -> attempts(byId(log, paid)).size()
                    == attempts(byId(delivered, paid)).size() + 1 && byId(log, paid).path("status").asText().equals("DELIVERED"));
            assertThat(deliveries(redelivered)).hasSize(JOURNEY.size());
        }
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledItsSellerToldAndOnceEnabledAgainItsDeliveriesGoOut() {
        try (HttpsReceiver receiver = HttpsReceiver.answering(503)) {
            User seller = seller();
            String webhook = register(seller, receiver.url(), List.of("ORDER_PLACED", "ORDER_PAID"));
            User buyer = buyer();
            String productId = productOnShelf(seller, "Rug", "80.00");
            String orderId = placedOrder(buyer, orderOf(null, productId, 1));
            pay(buyer, "pay-" + UUID.randomUUID(), orderId);

            JsonNode disabled = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.get("/api/webhooks/" + webhook).as(seller.token()).send().json(),
                            endpoint -> !endpoint.path("enabled").asBoolean());
            assertThat(disabled.path("consecutiveFailures").asInt()).isEqualTo(2);
            JsonNode failed = awaitLog(seller, webhook, log -> deliveries(log).size() == 2);
            assertThat(deliveries(failed)).allSatisfy(delivery -> {
                assertThat(delivery.path("status").asText()).isEqualTo("FAILED");
                assertThat(delivery.path("attempts")).as("up to the limit of attempts").hasSize(20);
            });
            JsonNode told = new Inboxes(api).inbox(seller, "");
            assertThat(StreamSupport.stream(told.path("items").spliterator(), false)
                    .filter(item -> item.path("kind").asText().equals("WEBHOOK_DISABLED")).map(item -> item.path("text").asText()))
                    .containsExactly("Your webhook " + receiver.url() + " was disabled after 2 failed deliveries in a row;"
                            + " enable it again once it answers.");
            String paid = deliveryOf(failed, "ORDER_PAID");
            LedgerClient.Response whileDisabled = api.post("/api/webhooks/" + webhook + "/deliveries/" + paid + "/redelivery", null)
                    .as(seller.token()).send();
            assertThat(whileDisabled.status()).isEqualTo(409);
            assertThat(whileDisabled.at("/currentState")).isEqualTo("DISABLED");

            String waiting = placedOrder(buyer, orderOf(null, productId, 1));
            receiver.answer(204);
            LedgerClient.Response enabled = api.put("/api/webhooks/" + webhook, Map.of("url", receiver.url(),
                    "kinds", List.of("ORDER_PLACED", "ORDER_PAID"), "enabled", true)).as(seller.token()).send();
            assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
            assertThat(enabled.json().path("consecutiveFailures").asInt()).isZero();
            assertThat(api.post("/api/webhooks/" + webhook + "/deliveries/" + paid + "/redelivery", null).as(seller.token())
                    .send().status()).isEqualTo(202);

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted().size() >= 2);
            assertThat(receiver.accepted()).extracting(HttpsReceiver.Request::kind).containsExactlyInAnyOrder("ORDER_PLACED", "ORDER_PAID");
            assertThat(receiver.accepted()).anySatisfy(request -> assertSignedBody(request, waiting))
                    .anySatisfy(request -> assertThat(request.deliveryId()).isEqualTo(paid));
        }
    }

    @Test
    void registrationChecksItsFieldsNeverShowsTheSecretAndEachSellersEndpointsAreTheirOwn() {
        User seller = seller();
        assertField(api.post("/api/webhooks", Map.of("url", "http://shop.example/hook", "secret", SECRET,
                "kinds", List.of("ORDER_PAID"))).as(seller.token()).send(), "url");
        assertField(api.post("/api/webhooks", Map.of("url", "https://shop.example/hook", "secret", "short",
                "kinds", List.of("ORDER_PAID"))).as(seller.token()).send(), "secret");
        assertField(api.post("/api/webhooks", Map.of("url", "https://shop.example/hook", "secret", SECRET,
                "kinds", List.of("WEBHOOK_DISABLED"))).as(seller.token()).send(), "kinds");
        assertThat(api.post("/api/webhooks", Map.of("url", "https://shop.example/hook", "secret", SECRET,
                "kinds", List.of("ORDER_PAID"))).as(buyer().token()).send().status()).as("buyers have no webhooks").isEqualTo(403);

        String webhook = register(seller, "https://shop.example/hook", List.of("ORDER_PAID"));
        LedgerClient.Response mine = api.get("/api/webhooks").as(seller.token()).send();
        assertThat(mine.json()).hasSize(1);
        assertThat(mine.json().get(0).path("url").asText()).isEqualTo("https://shop.example/hook");
        assertThat(mine.text()).doesNotContain(SECRET).doesNotContain("secret");
        User other = seller();
        assertThat(api.get("/api/webhooks/" + webhook).as(other.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/api/webhooks/" + webhook + "/deliveries").as(other.token()).send().status()).isEqualTo(404);
        assertThat(api.delete("/api/webhooks/" + webhook).as(other.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/api/webhooks").as(other.token()).send().json()).isEmpty();
        assertThat(api.delete("/api/webhooks/" + webhook).as(seller.token()).send().status()).isEqualTo(204);
        assertThat(api.get("/api/webhooks/" + webhook).as(seller.token()).send().status()).isEqualTo(404);
    }

    private String register(User seller, String url, List<String> kinds) {
        LedgerClient.Response registered = api.post("/api/webhooks", Map.of("url", url, "secret", SECRET, "kinds", kinds))
                .as(seller.token()).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().path("enabled").asBoolean()).isTrue();
        assertThat(registered.text()).doesNotContain(SECRET);
        return registered.at("/id");
    }

    private JsonNode awaitLog(User seller, String webhook, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/webhooks/" + webhook + "/deliveries?size=100").as(seller.token()).send().json(), condition);
    }

    /** The request's signature checks out with the seller's secret, and its body is news of this order with its delivery id. */
    private static void assertSignedBody(HttpsReceiver.Request request, String orderId) {
        assertThatCode(() -> new CallbackSignature(SECRET).verify(request.body(), request.timestamp(), request.signature(),
                Instant.now())).as("signed with the seller's secret").doesNotThrowAnyException();
        String body = new String(request.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"deliveryId\":\"" + request.deliveryId() + "\"").contains("\"orderId\":\"" + orderId + "\"")
                .contains("\"kind\":\"" + request.kind() + "\"");
    }

    private static void assertField(LedgerClient.Response refused, String field) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().at("/errors").findValuesAsText("field")).as(refused.toString()).contains(field);
    }

    private static List<JsonNode> deliveries(JsonNode log) {
        return StreamSupport.stream(log.path("items").spliterator(), false).toList();
    }

    private static List<JsonNode> attempts(JsonNode delivery) {
        return StreamSupport.stream(delivery.path("attempts").spliterator(), false).toList();
    }

    private static JsonNode byId(JsonNode log, String deliveryId) {
        return deliveries(log).stream().filter(delivery -> delivery.path("deliveryId").asText().equals(deliveryId)).findFirst()
                .orElseThrow();
    }

    private static String deliveryOf(JsonNode log, String kind) {
        return deliveries(log).stream().filter(delivery -> delivery.path("kind").asText().equals(kind)).findFirst().orElseThrow()
                .path("deliveryId").asText();
    }
}
