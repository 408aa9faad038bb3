package dev.orderledger.app.notification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest.User;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reading inboxes over HTTP: the notifications come from the events, so a test waits for the ones it expects. */
final class Inboxes {

    private final LedgerClient api;

    Inboxes(LedgerClient api) {
        this.api = api;
    }

    /** The user's inbox (first 100) once it holds notifications of all these kinds about the order. */
    JsonNode awaitKinds(User user, String orderId, String... kinds) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> inbox(user, ""), inbox -> kindsAbout(inbox, orderId).containsAll(Set.of(kinds)));
    }

    JsonNode inbox(User user, String query) {
        LedgerClient.Response inbox = api.get("/api/notifications?size=100" + query).as(user.token()).send();
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return inbox.json();
    }

    /** The kinds of the notifications about this order, in inbox order. */
    static List<String> kindsAbout(JsonNode inbox, String orderId) {
        List<String> kinds = new ArrayList<>();
        about(inbox, orderId).forEach(item -> kinds.add(item.path("kind").asText()));
        return kinds;
    }

    static List<JsonNode> about(JsonNode inbox, String orderId) {
        return StreamSupport.stream(inbox.path("items").spliterator(), false)
                .filter(item -> orderId.equals(item.path("orderId").asText())).toList();
    }

    /** The one notification of this kind about the order. */
    static JsonNode one(JsonNode inbox, String orderId, String kind) {
        List<JsonNode> found = about(inbox, orderId).stream().filter(item -> kind.equals(item.path("kind").asText())).toList();
        assertThat(found).as(kind + " of " + orderId + " in " + inbox).hasSize(1);
        return found.get(0);
    }
}
