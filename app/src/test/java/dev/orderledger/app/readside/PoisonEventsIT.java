package dev.orderledger.app.readside;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import dev.orderledger.app.support.AppendedHistory;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events the stores really refuse, appended to the real event store as old history would hold them:
 * a category id longer than PostgreSQL's column, an attribute longer than Elasticsearch indexes, an
 * order the placement process fails on every time. Each is parked after its processor's attempts (the
 * count does not start again), shows in the admin status, the metrics and the log, and every other
 * aggregate's events go on.
 */
class PoisonEventsIT extends LedgerIntegrationTest {

    private static final Pattern ATTEMPT = Pattern.compile("^(\\S+) failed on a batch .* \\(attempt (\\d+) of (\\d+)\\)");

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;
    private AppendedHistory history;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listenToTheProcessors() {
        history = new AppendedHistory(eventStore);
        log.start();
        processorsLogger().addAppender(log);
    }

    @AfterEach
    void stopListening() {
        processorsLogger().detachAppender(log);
    }

    @Test
    void aRowPostgresRefusesEveryTimeIsParkedAfterThreeAttemptsAndLaterProductsAreStillProjected() {
        String productId = "p-" + UUID.randomUUID();
        history.productOnShelf(AppendedHistory.product(productId, "c-" + "x".repeat(100), "Sieve", "fine mesh",
                "Sieve red", new Attribute(null, "材质", "钢"), new Attribute(null, "颜色", "红")));

        JsonNode created = awaitLetters("order-views", productId, 1).get(0);
        history.append("Product", productId, 2, new SkuPriceChangedEvent(ProductId.of(productId), SkuId.of(productId + "-sku"),
                Money.of("10.00", "CNY"), Money.of("12.00", "CNY"), SnapshotId.of("digest-2-" + productId), Instant.now()));
        String later = productOnShelf(seller(), "Ladle", "8.00");

        assertThat(created.at("/eventType").asText()).endsWith("ProductCreatedEvent");
        assertThat(created.at("/attempts").asInt()).isEqualTo(3);
        assertThat(created.at("/cause").asText()).as("its own cause, found by handling it alone").contains("value too long");
        assertThat(attemptsLogged("order-views")).as("the count went on to the parking, never starting again")
                .containsExactly(1, 2);
        assertThat(loggedLines()).anyMatch(line -> line.contains("order-views parked ProductCreatedEvent of " + productId
                + " at sequence 0, global index ") && line.contains("value too long"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT 1 FROM order_item_snapshot_source WHERE product_id = ?", later), rows -> rows.size() == 1);
        List<JsonNode> letters = awaitLetters("order-views", productId, 2);
        assertThat(letters.get(1).at("/eventType").asText()).as("a later event of the same product queues up behind it")
                .endsWith("SkuPriceChangedEvent");
        assertThat(letters.get(1).at("/attempts").isMissingNode()).isTrue();
        assertStatusAndMetricsShowTheLetters("order-views");

        dropLetters("order-views", productId);
    }

    @Test
    void aDocumentElasticsearchRefusesEveryTimeIsParkedAfterThreeAttemptsWhileSearchGoesOnAndTheIndexStillRebuilds() {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String productId = "p-" + UUID.randomUUID();
        AtomicBoolean seenFailing = new AtomicBoolean();
        history.productOnShelf(AppendedHistory.product(productId, null, "Rope " + word, "long", "Rope red",
                new Attribute(null, "规格", "x".repeat(40_000)), new Attribute(null, "颜色", "红")));

        List<JsonNode> letters = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode status = api.get("/api/admin/projections/product-search").as(admin().token()).send().json();
            if (status.at("/inError").asBoolean() && status.at("/failing/attempts").asInt() >= 1) {
                seenFailing.set(true);
            }
            return lettersOf("product-search", productId);
        }, found -> found.size() == 2);
        String later = productOnShelf(seller(), "Knot " + word, "5.00");

        assertThat(seenFailing).as("the status said it was failing while it retried").isTrue();
        assertThat(letters.get(0).at("/eventType").asText()).endsWith("ProductCreatedEvent");
        assertThat(letters.get(0).at("/attempts").asInt()).isEqualTo(3);
        assertThat(letters.get(0).at("/cause").asText()).as("Elasticsearch's reason quotes 40,000 characters: a cause "
                        + "the table refused, which made the count start again, now cut to what it keeps")
                .contains("failed to parse field [attributes]").hasSize(1023);
        assertThat(attemptsLogged("product-search")).containsExactly(1, 2);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                api.get("/api/products/search?q=" + word).send().json().at("/items").toString(), items -> items.contains(later));
        assertStatusAndMetricsShowTheLetters("product-search");

        LedgerClient.Response rebuilt = api.post("/api/admin/search/rebuild", null).as(admin().token()).send();
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.json().at("/refused").toString()).contains(productId);

        dropLetters("product-search", productId);
    }

    @Test
    void aProcessStepThatFailsEveryTimeGoesToTheInterventionQueueAfterFiveAttemptsAndOtherOrdersGoOn() {
        String orderId = "9" + String.format("%018d", ThreadLocalRandom.current().nextLong((long) 1e18));
        Money price = Money.of("10.00", "CNY");
        OrderLine line = new OrderLine(1, ProductId.of("p-poison"), SkuId.of("p-poison-sku"), SnapshotId.of("digest-poison"), "Poison", 1,
                price, Money.of("0.00", "CNY"), price);
        history.append("Order", orderId, 0, new OrderPlacedEvent(OrderId.of(orderId), UserId.of("buyer-poison"), UserId.of("seller-poison"),
                OrderType.PHYSICAL, List.of(line), price, new ShippingAddress("Ann", "+86 138 0000 0000", "Shanghai",
                "1 Nanjing Rd", "200000"), Instant.now(), null, MarketingRequest.NONE, null));
        String interventionId = InterventionId.of(InterventionProcess.PLACEMENT, orderId).value();
        String adminToken = admin().token();

        JsonNode parked = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("/api/admin/interventions/" + interventionId).as(adminToken).send(),
                response -> response.status() == 200).json();
        User buyer = buyer();
        String healthy = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Whisk", "6.00"), 1));

        assertThat(parked.at("/status").asText()).isEqualTo("OPEN");
        assertThat(parked.at("/reason").asText()).isEqualTo("STEP_FAILED");
        assertThat(parked.at("/detail").asText()).contains("OrderPlacedEvent of " + orderId, "failed 5 times",
                "NullPointerException");
        assertThat(attemptsLogged("PlacementSagaProcessor")).containsExactly(1, 2, 3, 4);
        assertThat(healthy).as("the next order's placement went through").isNotNull();
        assertThat(metric("ledger_events_parked_total", "processor=\"PlacementSagaProcessor\"")).isGreaterThanOrEqualTo(1);

        LedgerClient.Response resolved = api.post("/api/admin/interventions/" + interventionId + "/resolution",
                Map.of("note", "poison order of the test")).as(adminToken).send();
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(204);
    }

    private void assertStatusAndMetricsShowTheLetters(String projection) {
        JsonNode status = api.get("/api/admin/projections/" + projection).as(admin().token()).send().json();
        assertThat(status.at("/deadLetters").asLong()).as(status.toString()).isGreaterThanOrEqualTo(1);
        assertThat(metric("ledger_projection_dead_letters", "projection=\"" + projection + "\"")).isGreaterThanOrEqualTo(1);
        assertThat(metric("ledger_events_parked_total", "processor=\"" + projection + "\"")).isGreaterThanOrEqualTo(1);
        assertThat(metric("ledger_events_failed_total", "processor=\"" + projection + "\"")).isGreaterThanOrEqualTo(3);
    }

    /** The value of a metric on /actuator/prometheus for the series whose labels hold this one. */
    private double metric(String name, String label) {
        LedgerClient.Response scraped = api.get("/actuator/prometheus").as(admin().token()).send();
        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        return scraped.text().lines().filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private List<JsonNode> awaitLetters(String projection, String aggregateId, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> lettersOf(projection, aggregateId), letters -> letters.size() >= count);
    }

    private List<JsonNode> lettersOf(String projection, String aggregateId) {
        LedgerClient.Response letters = api.get("/api/admin/projections/" + projection + "/dead-letters?limit=1000")
                .as(admin().token()).send();
        assertThat(letters.status()).as(letters.toString()).isEqualTo(200);
        return StreamSupport.stream(letters.json().spliterator(), false)
                .filter(letter -> letter.at("/aggregateId").asText().equals(aggregateId)).toList();
    }

    /** The test leaves no letters behind for the tests that follow. */
    private void dropLetters(String projection, String aggregateId) {
        for (JsonNode letter : lettersOf(projection, aggregateId)) {
            assertThat(api.delete("/api/admin/projections/" + projection + "/dead-letters/" + letter.at("/eventId").asText())
                    .as(admin().token()).send().status()).isEqualTo(204);
        }
    }

    /** The attempt numbers the processor logged for its failing batches during the test, in order. */
    private List<Integer> attemptsLogged(String processor) {
        return loggedLines().stream().map(ATTEMPT::matcher).filter(Matcher::find)
                .filter(matcher -> matcher.group(1).equals(processor))
                .map(matcher -> Integer.parseInt(matcher.group(2))).toList();
    }

    private List<String> loggedLines() {
        synchronized (log) {
            return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    private static Logger processorsLogger() {
        return (Logger) LoggerFactory.getLogger("dev.orderledger.app.axon");
    }
}
