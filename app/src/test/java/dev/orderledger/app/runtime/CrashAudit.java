package dev.orderledger.app.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.app.support.LedgerClient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the ledger holds after the crashes, read as its users and finance would (the API) and, for
 * stock, from the event store itself: the orders and payments the load was told about, the stock
 * of each SKU, the projections and the books.
 */
final class CrashAudit {

    static final Set<String> PAID = Set.of("PAID", "FULFILLING", "COMPLETED");
    private static final Set<String> SETTLED = Set.of("PAID", "FULFILLING", "COMPLETED", "CANCELLED", "CLOSED");
    private static final Set<String> FINAL_PAYMENTS = Set.of("P3_MARKETING_FAILED", "P6_PAYMENT_INIT_FAILED",
            "P8_SUCCESS", "P9_FAILED", "P10_CANCELLED", "P11_TIMEOUT");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LedgerClient api;
    private final String adminToken;
    private final String jdbcUrl;

    CrashAudit(LedgerClient api, String adminToken, String jdbcUrl) {
        this.api = api;
        this.adminToken = adminToken;
        this.jdbcUrl = jdbcUrl;
    }

    /** Waits until every projection is running, not in error and no event behind; answers how long after {@code since}. */
    Duration awaitProjectionsCaughtUp(long since, Duration limit) {
        await().atMost(limit).pollInterval(Duration.ofMillis(200)).until(() -> {
            LedgerClient.Response all = api.get("/api/admin/projections").as(adminToken).send();
            return all.status() == 200 && StreamSupport.stream(all.json().spliterator(), false).allMatch(projection ->
                    projection.at("/running").asBoolean() && !projection.at("/inError").asBoolean()
                            && projection.at("/behind").asLong(-1) == 0);
        });
        return Duration.ofNanos(System.nanoTime() - since);
    }

    /** How many events wait in the projections' dead-letter queues. */
    long deadLetters() {
        return StreamSupport.stream(api.get("/api/admin/projections").as(adminToken).send().json().spliterator(), false)
                .mapToLong(projection -> projection.at("/deadLetters").asLong()).sum();
    }

    /** The projections' status, for the log. */
    String projections() {
        return api.get("/api/admin/projections").as(adminToken).send().text();
    }

    /** Waits until no order is being placed or awaits payment any more: every deadline has fired. */
    void awaitEveryOrderSettled(Duration limit) {
        await().atMost(limit).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(ordersIn("CREATED")).as("orders still being placed").isZero();
            assertThat(ordersIn("PENDING_PAYMENT")).as("orders still awaiting payment after their deadline").isZero();
        });
    }

    private long ordersIn(String status) {
        LedgerClient.Response page = api.get("/api/admin/orders?size=1&status=" + status).as(adminToken).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().at("/total").asLong();
    }

    /** The order's detail, once its acknowledged payment has come to an end; null if the order does not exist. */
    JsonNode settledOrder(PlaceAndPayLoad.Attempt attempt, Duration limit) {
        LedgerClient.Response found = await().atMost(limit).pollInterval(Duration.ofMillis(500)).until(
                () -> api.get("/api/orders/" + attempt.orderId).as(attempt.buyerToken).send(),
                order -> order.status() == 404 || order.status() == 200 && paymentEnded(order.json(), attempt));
        return found.status() == 404 ? null : found.json();
    }

    private static boolean paymentEnded(JsonNode order, PlaceAndPayLoad.Attempt attempt) {
        JsonNode payment = attempt.payOrderId == null ? null : paymentOf(order, attempt.payOrderId);
        return payment == null ? !attempt.paymentAcknowledged : FINAL_PAYMENTS.contains(payment.at("/status").asText());
    }

    static JsonNode paymentOf(JsonNode order, String payOrderId) {
        return StreamSupport.stream(order.at("/payments").spliterator(), false)
                .filter(payment -> payOrderId.equals(payment.at("/payOrderId").asText())).findFirst().orElse(null);
    }

    /** An order in a legal end state, paid at most once, its acknowledged payment there and ended. */
    static void assertLegal(PlaceAndPayLoad.Attempt attempt, JsonNode order) {
        String status = order.at("/status").asText();
        assertThat(SETTLED).as("order %s", attempt.orderId).contains(status);
        long successes = StreamSupport.stream(order.at("/payments").spliterator(), false)
                .filter(payment -> "P8_SUCCESS".equals(payment.at("/status").asText())).count();
        assertThat(successes).as("successful payments of order %s", attempt.orderId).isLessThanOrEqualTo(1);
        if (PAID.contains(status)) {
            assertThat(successes).as("a paid order %s has its successful payment", attempt.orderId).isEqualTo(1);
        }
        if (attempt.paymentAcknowledged) {
            JsonNode payment = paymentOf(order, attempt.payOrderId);
            assertThat(payment).as("acknowledged payment %s of order %s", attempt.payOrderId, attempt.orderId).isNotNull();
            assertThat(FINAL_PAYMENTS).as("payment %s", attempt.payOrderId).contains(payment.at("/status").asText());
        }
    }

    /** Each SKU's stock after its latest event, from the event store: available, reserved, sold. */
    Map<String, JsonNode> stockLevels(List<String> productIds) throws Exception {
        Map<String, JsonNode> levels = new HashMap<>();
        try (Connection store = DriverManager.getConnection(jdbcUrl);
             PreparedStatement latest = store.prepareStatement("""
                     SELECT (convert_from(payload, 'UTF8')::jsonb -> 'levels')::text FROM domainevententry
                     WHERE aggregateidentifier = ? AND convert_from(payload, 'UTF8')::jsonb -> 'levels' IS NOT NULL
                     ORDER BY sequencenumber DESC LIMIT 1""")) {
            for (String productId : productIds) {
                latest.setString(1, productId + "/" + productId + "-sku");
                try (ResultSet row = latest.executeQuery()) {
                    assertThat(row.next()).as("stock of " + productId).isTrue();
                    levels.put(productId, JSON.readTree(row.getString(1)));
                }
            }
        }
        return levels;
    }

    /**
     * What a kill must not break, once every order has settled: every order the load was told of is
     * there, in a legal end state, paid at most once, with its acknowledged payment ended; each
     * SKU's stock is conserved (received = available + reserved + sold, nothing still held, sold =
     * the units of the paid orders); the scarce product sold out; no key is left blocked; the books
     * balance. Answers what was found, for the log.
     */
    String assertNothingLost(PlaceAndPayLoad load, Map<String, Long> stock, String scarceProduct) {
        Map<String, Long> sold = new LinkedHashMap<>();
        stock.keySet().forEach(productId -> sold.put(productId, 0L));
        int acknowledgedOrders = 0;
        int acknowledgedPayments = 0;
        int ordersFound = 0;
        int paymentsFound = 0;
        int soldOut = 0;
        Map<String, Integer> endStates = new TreeMap<>();
        for (PlaceAndPayLoad.Attempt attempt : load.attempts()) {
            JsonNode order = settledOrder(attempt, Duration.ofSeconds(60));
            acknowledgedOrders += attempt.acknowledged ? 1 : 0;
            acknowledgedPayments += attempt.paymentAcknowledged ? 1 : 0;
            if (attempt.acknowledged) {
                assertThat(order).as("acknowledged order %s", attempt.orderId).isNotNull();
            }
            if (order == null) {
                continue;
            }
            ordersFound += attempt.acknowledged ? 1 : 0;
            paymentsFound += attempt.paymentAcknowledged && paymentOf(order, attempt.payOrderId) != null ? 1 : 0;
            assertLegal(attempt, order);
            soldOut += "STOCK_SHORTAGE".equals(order.at("/cancellationReason").asText()) ? 1 : 0;
            JsonNode payment = attempt.payOrderId == null ? null : paymentOf(order, attempt.payOrderId);
            endStates.merge(order.at("/status").asText() + (payment == null ? "" : "/" + payment.at("/status").asText()),
                    1, Integer::sum);
            if (PAID.contains(order.at("/status").asText())) {
                sold.merge(attempt.productId, (long) attempt.quantity, Long::sum);
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, JsonNode> levels = stockLevels(List.copyOf(stock.keySet()));
            stock.forEach((productId, received) -> {
                JsonNode level = levels.get(productId);
                assertThat(level.at("/available").asLong() + level.at("/reserved").asLong() + level.at("/sold").asLong())
                        .as("%s: received = available + reserved + sold (%s)", productId, level).isEqualTo(received);
                assertThat(level.at("/reserved").asLong()).as("%s: nothing still held (%s)", productId, level).isZero();
                assertThat(level.at("/sold").asLong()).as("%s: sold = units of the paid orders", productId)
                        .isEqualTo(sold.get(productId));
            });
        });
        String books = reconciliation();
        assertThat(load.blockedKeys()).as("keys still blocked by a request that died").isZero();
        assertThat(ordersFound).isEqualTo(acknowledgedOrders);
        assertThat(paymentsFound).isEqualTo(acknowledgedPayments);
        assertThat(acknowledgedPayments).as("the load paid some orders").isPositive();
        // sold out: an order was refused for want of stock (answered 422, not acknowledged), or all of it was sold
        boolean everyUnitSold = sold.getOrDefault(scarceProduct, 0L).equals(stock.get(scarceProduct));
        assertThat(soldOut > 0 || everyUnitSold).as("the scarce product sold out: %s sold, %d refused", sold, soldOut)
                .isTrue();
        assertThat(books).contains("The books balance.");
        return """
                %d orders tried, %d acknowledged, %d found; %d payments acknowledged, %d found; units sold %s; \
                %d orders refused for want of stock; orders (/payments) ended %s; %s""".formatted(load.attempts().size(),
                acknowledgedOrders, ordersFound, acknowledgedPayments, paymentsFound, sold, soldOut, endStates,
                books.lines().filter(line -> line.contains("books")).findFirst().orElse(books));
    }

    /** Replays the history and reconciles it; answers the summary. */
    String reconciliation() {
        LedgerClient.Response report = api.post("/api/finance/reconciliation", null).as(adminToken)
                .header("Accept", "text/plain").send();
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.text();
    }
}
