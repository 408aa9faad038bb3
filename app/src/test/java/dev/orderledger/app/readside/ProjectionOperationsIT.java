package dev.orderledger.app.readside;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.operations.DeadLetterRetrySchedule;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.app.support.PoisonedOrderViews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operating the projections over HTTP: a poison event is parked in the dead-letter queue without
 * stopping the projection, and handled once the cause is gone; a letter can be dropped; a rebuild
 * from the first event leaves every read model as it was.
 */
class ProjectionOperationsIT extends LedgerIntegrationTest {

    /** The read models each rebuilt projection writes, and the column order that makes a dump comparable. */
    private static final Map<String, List<String>> READ_MODELS = Map.of(
            "order-views", List.of("SELECT * FROM order_view ORDER BY order_id",
                    "SELECT * FROM order_payment_view ORDER BY pay_order_id",
                    "SELECT * FROM order_payment_charge ORDER BY pay_order_id, charge_index",
                    "SELECT * FROM order_refund_view ORDER BY refund_id",
                    "SELECT * FROM order_timeline ORDER BY order_id, reference, sequence_number",
                    "SELECT * FROM order_item_snapshot ORDER BY snapshot_id",
                    "SELECT * FROM order_item_snapshot_source ORDER BY product_id"),
            "intervention-views", List.of("SELECT * FROM intervention_view ORDER BY id"),
            "standing-views", List.of("SELECT * FROM user_standing_view ORDER BY user_id"),
            "account-views", List.of("SELECT * FROM account_balance_view ORDER BY account_id",
                    "SELECT * FROM account_entry_view ORDER BY account_id, entry_no",
                    "SELECT * FROM journal_transfer_view ORDER BY transfer_id"));

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DeadLetterRetrySchedule schedule;
    private PoisonedOrderViews poison;

    @BeforeEach
    void poisonWithTheDatabase() {
        poison = new PoisonedOrderViews(jdbc);
    }

    @Test
    void aPoisonEventIsParkedWhileOtherOrdersKeepFlowingAndIsHandledOnRetryOnceTheCauseIsGone() {
        User poisoned = buyer();
        User healthy = buyer();
        String productId = productOnShelf(seller(), "Colander", "30.00");
        poison.rejectRowsOf(poisoned.userId());
        String poisonedOrder;
        try {
            poisonedOrder = placedWithoutWaiting(poisoned, orderOf(null, productId, 1));
            JsonNode letter = awaitDeadLetterOf(poisonedOrder);
            assertThat(letter.at("/eventType").asText()).isEqualTo("dev.orderledger.api.order.OrderPlacedEvent");
            assertThat(letter.at("/cause").asText()).contains("poisoned for the test");

            String healthyOrder = placedOrder(healthy, orderOf(null, productId, 1));
            assertThat(healthyOrder).as("the projection went on with other orders").isNotNull();
            awaitOrdersLetters(poisonedOrder, letters -> letters.size() >= 2);
            assertThat(api.get("/api/orders/" + poisonedOrder).as(poisoned.token()).send().status())
                    .as("the parked order and the events after it are not in the view").isEqualTo(404);
        } finally {
            poison.cure();
        }

        LedgerClient.Response retried = api.post("/api/admin/projections/order-views/dead-letters/retry", null)
                .as(admin().token()).send();

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().at("/succeeded").asInt()).isGreaterThanOrEqualTo(1);
        awaitOrder(poisoned, poisonedOrder, "PENDING_PAYMENT");
        assertThat(lettersOf(poisonedOrder)).isEmpty();
    }

    @Test
    void parkedEventsGoThroughByThemselvesAtTheNextScheduledRetryOnceTheCauseIsGone() {
        User poisoned = buyer();
        String productId = productOnShelf(seller(), "Strainer", "11.00");
        poison.rejectRowsOf(poisoned.userId());
        String orderId;
        try {
            orderId = placedWithoutWaiting(poisoned, orderOf(null, productId, 1));
            awaitDeadLetterOf(orderId);
            schedule.retryEveryProjection();
            assertThat(lettersOf(orderId)).as("still poisoned: still parked").isNotEmpty();
        } finally {
            poison.cure();
        }

        schedule.retryEveryProjection();

        awaitOrder(poisoned, orderId, "PENDING_PAYMENT");
        assertThat(lettersOf(orderId)).isEmpty();
    }

    @Test
    void anAdminCanDropADeadLetterForGood() {
        User poisoned = buyer();
        String productId = productOnShelf(seller(), "Funnel", "9.00");
        poison.rejectRowsOf(poisoned.userId());
        try {
            String orderId = placedWithoutWaiting(poisoned, orderOf(null, productId, 1));
            awaitDeadLetterOf(orderId);
            awaitOrdersLetters(orderId, letters -> letters.size() >= 2);
            for (JsonNode letter : lettersOf(orderId)) {
                LedgerClient.Response dropped = api.delete("/api/admin/projections/order-views/dead-letters/"
                        + letter.at("/eventId").asText()).as(admin().token()).send();
                assertThat(dropped.status()).as(dropped.toString()).isEqualTo(204);
            }
            assertThat(lettersOf(orderId)).isEmpty();
            assertThat(api.delete("/api/admin/projections/order-views/dead-letters/no-such-letter")
                    .as(admin().token()).send().status()).isEqualTo(404);
        } finally {
            poison.cure();
        }
    }

    /**
     * Compares the read models before and after a rebuild across a stretch in which no event arrived
     * (other tests' processes may still append some): each must come out exactly as the live projection
     * left it, over the whole history the suite wrote. Only the order views are rebuilt once first, because
     * earlier tests drop some of their dead letters for good (a rebuild applies those events); the life cycle
     * placed after that first rebuild is projected live.
     */
    @Test
    void aRebuildFromTheFirstEventLeavesEveryReadModelIdentical() {
        rebuild(List.of("order-views"));
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Trivet", "14.00");
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));
        pay(buyer, "pay-" + orderId, orderId);
        awaitOrder(buyer, orderId, "FULFILLING");

        for (int attempt = 1; ; attempt++) {
            long head = caughtUpHead();
            Map<String, List<Map<String, Object>>> before = dumpReadModels();
            rebuild(READ_MODELS.keySet());
            if (caughtUpHead() == head) {
                assertThat(dumpReadModels()).isEqualTo(before);
                return;
            }
            assertThat(attempt).as("a quiet stretch to compare across").isLessThan(10);
        }
    }

    private void rebuild(Collection<String> projections) {
        for (String projection : projections) {
            LedgerClient.Response started = api.post("/api/admin/projections/" + projection + "/rebuild", null)
                    .as(admin().token()).send();
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
        }
        caughtUpHead();
    }

    @Test
    void theStatusOfEachProjectionIsForAdminsOnly() {
        LedgerClient.Response all = api.get("/api/admin/projections").as(admin().token()).send();
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        List<String> names = StreamSupport.stream(all.json().spliterator(), false).map(p -> p.at("/name").asText()).toList();
        assertThat(names).contains("order-views", "intervention-views", "product-search");
        JsonNode orders = api.get("/api/admin/projections/order-views").as(admin().token()).send().json();
        assertThat(orders.at("/running").asBoolean()).isTrue();
        assertThat(orders.at("/head").asLong()).isGreaterThan(0);

        assertThat(api.get("/api/admin/projections/no-such-projection").as(admin().token()).send().status()).isEqualTo(404);
        LedgerClient.Response searchInPlace = api.post("/api/admin/projections/product-search/rebuild", null)
                .as(admin().token()).send();
        assertThat(searchInPlace.status()).as("the search index is rebuilt behind its alias instead").isEqualTo(409);
        assertThat(searchInPlace.at("/detail")).contains("/api/admin/search/rebuild");
        assertThat(api.get("/api/admin/projections").as(buyer().token()).send().status()).isEqualTo(403);
        assertThat(api.post("/api/admin/projections/order-views/rebuild", null).as(buyer().token()).send().status())
                .isEqualTo(403);
    }

    private JsonNode awaitDeadLetterOf(String orderId) {
        return awaitOrdersLetters(orderId, letters -> !letters.isEmpty()).get(0);
    }

    private List<JsonNode> awaitOrdersLetters(String orderId, java.util.function.Predicate<List<JsonNode>> condition) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> lettersOf(orderId), condition);
    }

    private List<JsonNode> lettersOf(String orderId) {
        LedgerClient.Response letters = api.get("/api/admin/projections/order-views/dead-letters?limit=1000")
                .as(admin().token()).send();
        assertThat(letters.status()).as(letters.toString()).isEqualTo(200);
        return StreamSupport.stream(letters.json().spliterator(), false)
                .filter(letter -> letter.at("/aggregateId").asText().equals(orderId))
                .toList();
    }

    /**
     * Waits until every rebuilt projection has replayed and processed everything in the store; returns
     * that head. The wait allows time for the whole shared history, which earlier test classes grew,
     * and for the poison they left in it on purpose (PoisonEventsIT): each batch holding a poison event
     * is tried three times, a pause apart, before it is parked.
     */
    private long caughtUpHead() {
        Long stored = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
        Duration history = Duration.ofMinutes(3).plusMillis(stored * 10);
        return await().atMost(history).pollInterval(Duration.ofMillis(100)).until(() -> {
            long head = -1;
            for (String projection : READ_MODELS.keySet()) {
                JsonNode status = api.get("/api/admin/projections/" + projection).as(admin().token()).send().json();
                // an empty store (this class run alone on fresh data) has no position to be behind
                long behind = status.has("behind") ? status.at("/behind").asLong() : status.at("/head").asLong(-1) == 0 ? 0 : -1;
                if (status.at("/replaying").asBoolean() || behind != 0) {
                    return -1L;
                }
                head = status.at("/head").asLong();
            }
            return head;
        }, head -> head >= 0);
    }

    private Map<String, List<Map<String, Object>>> dumpReadModels() {
        Map<String, List<Map<String, Object>>> dump = new java.util.TreeMap<>();
        READ_MODELS.values().stream().flatMap(List::stream).forEach(query -> dump.put(query, jdbc.queryForList(query)));
        return dump;
    }
}
