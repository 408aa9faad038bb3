package dev.orderledger.app.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.inventory.StockReservationReleasedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.app.support.Concurrently;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A flash sale (seed 003 秒杀) of a hot SKU split into buckets, over real HTTP: exactly its units are
 * sold, every other attempt is refused for stock shortage, the orders left unpaid give their units
 * back at their deadline and they are sold again, and finance reconciles the whole history.
 */
class FlashSaleIT extends LedgerIntegrationTest {

    /**
     * The sale's orders are left unpaid for this long: well after the sale (one placement process works
     * through the crowd, a few seconds on a loaded machine), and soon enough for the test to see their
     * units sold again. Set on the shared ledger for the sale alone (a property of its own would start a
     * second ledger on the shared database).
     */
    static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(45);

    static final int UNITS = 40;
    static final int BUCKETS = 8;
    static final int BUYERS = 16;
    static final int ATTEMPTS = 120;

    @Autowired
    LedgerFacts facts;
    @Autowired
    ApplicationContext ledger;

    /** One buyer's attempt: the order, and whether placement held its unit. */
    record Attempt(User buyer, String orderId, boolean held) {
    }

    @Test
    void aHotSkuSellsExactlyItsUnitsToACrowdAndSellsUnpaidUnitsAgainAfterTheirDeadline() throws Exception {
        User seller = seller();
        String productId = productOnShelf(seller, "秒杀 sneaker", "99.00", UNITS);
        markHot(seller, productId);
        assertThat(facts.bucketsOf(productId, productId + "-sku")).hasSize(BUCKETS);
        assertThat(facts.stockOf(productId)).isEqualTo(new StockLevels(UNITS, 0, 0));
        List<User> buyers = IntStream.range(0, BUYERS).mapToObj(i -> buyer()).toList();

        List<Attempt> attempts;
        long sale = System.nanoTime();
        try (AutoCloseable restored = paymentTimeout(PAYMENT_TIMEOUT)) {
            attempts = Concurrently.run(BUYERS, ATTEMPTS, i -> attempt(buyers.get(i % BUYERS), productId));
        }
        long crowd = System.nanoTime();

        List<Attempt> held = attempts.stream().filter(Attempt::held).toList();
        assertThat(held).hasSize(UNITS);
        assertThat(facts.stockOf(productId)).isEqualTo(new StockLevels(0, UNITS, 0));
        assertThat(facts.bucketsOf(productId, productId + "-sku"))
                .as("the buyers met in several buckets, not in one")
                .filteredOn(bucket -> facts.eventsOf(bucket).stream().anyMatch(StockReservedEvent.class::isInstance))
                .hasSizeGreaterThan(1);

        List<Attempt> paying = held.stream().filter(attempt -> buyers.indexOf(attempt.buyer()) % 2 == 0).toList();
        paying.forEach(attempt -> pay(attempt.buyer(), "pay-" + UUID.randomUUID(), attempt.orderId()));
        paying.forEach(attempt -> awaitOrder(attempt.buyer(), attempt.orderId(),
                view -> !view.at("/status").asText().equals("PENDING_PAYMENT")));
        System.out.printf("FlashSaleIT: the crowd took %d ms, the payments %d ms more (the sale's orders time out after %s)%n",
                (crowd - sale) / 1_000_000, (System.nanoTime() - crowd) / 1_000_000, PAYMENT_TIMEOUT);
        int unpaid = UNITS - paying.size();
        assertThat(unpaid).isPositive();

        StockLevels afterDeadline = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> facts.stockOf(productId), levels -> levels.reserved() == 0);
        assertThat(afterDeadline).isEqualTo(new StockLevels(unpaid, 0, paying.size()));
        held.stream().filter(attempt -> !paying.contains(attempt)).forEach(attempt -> assertThat(
                awaitOrder(attempt.buyer(), attempt.orderId(), "CANCELLED").at("/cancellationReason").asText())
                .isEqualTo("PAYMENT_TIMEOUT"));

        List<Attempt> again = Concurrently.run(BUYERS, unpaid + 20, i -> attempt(buyers.get(i % BUYERS), productId));
        assertThat(again).filteredOn(Attempt::held).as("the released units are sold again").hasSize(unpaid);
        assertThat(facts.stockOf(productId)).isEqualTo(new StockLevels(0, unpaid, paying.size()));

        assertReconciles();
    }

    @Test
    void aHotSkusUnitHeldByHandExpiresInItsBucketAndIsFreeAgain() {
        User seller = seller();
        String productId = productOnShelf(seller, "Hot kettle", "59.00", 16);
        markHot(seller, productId);
        String orderId = String.valueOf(1_795_300_000_000_000_000L + (System.nanoTime() % 1_000_000_000L));

        LedgerClient.Response reserved = api.post("/api/admin/inventory/" + productId + "/" + productId + "-sku/reservations",
                Map.of("orderId", orderId, "quantity", 3, "holdFor", "PT2S")).as(admin().token()).send();

        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(200);
        assertThat(reserved.json().at("/held").asBoolean()).isTrue();
        int bucket = reserved.json().at("/bucket").asInt();
        String stream = productId + "/" + productId + "-sku" + (bucket == 0 ? "" : "#" + bucket);
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.eventsOf(stream).stream()
                .anyMatch(event -> event instanceof StockReservationReleasedEvent released
                        && released.reason() == ReleaseReason.EXPIRED && released.orderId().toString().equals(orderId)));
        assertThat(facts.stockOf(productId)).isEqualTo(new StockLevels(16, 0, 0));
    }

    /**
     * Orders placed from now on until the answer is closed are unpaid after this timeout
     * ({@code ledger.order.payment-timeout}, which placement reads when it places an order); closing it
     * puts the ledger's own back.
     */
    private AutoCloseable paymentTimeout(Duration timeout) {
        Object placement = AopTestUtils.getUltimateTargetObject(ledger.getBean("orderCommandController"));
        Object configured = ReflectionTestUtils.getField(placement, "paymentTimeout");
        assertThat(configured).as("placement's payment timeout").isInstanceOf(Duration.class);
        ReflectionTestUtils.setField(placement, "paymentTimeout", timeout);
        return () -> ReflectionTestUtils.setField(placement, "paymentTimeout", configured);
    }

    private void markHot(User seller, String productId) {
        LedgerClient.Response split = api.put("/api/inventory/" + productId + "/" + productId + "-sku/buckets",
                Map.of("buckets", BUCKETS)).as(seller.token()).send();
        assertThat(split.status()).as(split.toString()).isEqualTo(204);
    }

    /**
     * One buyer's try for one unit. Placement answers now with the order to follow (and will answer
     * with the outcome itself, 422 for a refusal, once it waits for placement): both are read here.
     */
    private Attempt attempt(User buyer, String productId) {
        LedgerClient.Response placed = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send();
        if (placed.status() == 422) {
            assertThat(placed.at("/reason")).as(placed.toString()).isEqualTo("STOCK_SHORTAGE");
            return new Attempt(buyer, null, false);
        }
        assertThat(placed.status()).as(placed.toString()).isIn(200, 201, 202);
        String orderId = placed.at("/orderId");
        // placement works through the crowd's orders one after another: the last ones wait longer than one order would
        JsonNode view = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("/api/orders/" + orderId).as(buyer.token()).send(),
                        read -> read.status() == 200 && !read.at("/status").equals("CREATED")).json();
        if (view.at("/status").asText().equals("PENDING_PAYMENT")) {
            return new Attempt(buyer, orderId, true);
        }
        assertThat(view.at("/cancellationReason").asText()).as(view.toString()).isEqualTo("STOCK_SHORTAGE");
        return new Attempt(buyer, orderId, false);
    }

    private void assertReconciles() {
        LedgerClient.Response report = api.post("/api/finance/reconciliation", null)
                .as(withRoles(buyer(), "FINANCE").token()).send();
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().at("/discrepancies").size()).as(report.text()).isZero();
    }
}
