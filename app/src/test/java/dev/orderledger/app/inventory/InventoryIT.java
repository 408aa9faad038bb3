package dev.orderledger.app.inventory;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sellers stock their own SKUs over HTTP; the events land in the PostgreSQL event store. */
class InventoryIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSellerReceivesAndCountsStockOfTheirOwnSku() {
        User seller = seller();
        String productId = productOnShelf(seller, "Stocked tee", "50.00", 0);
        String inventory = "/api/inventory/" + productId + "/" + productId + "-sku";

        LedgerClient.Response received = api.post(inventory + "/receipts", Map.of("quantity", 10, "reference", "po-1"))
                .as(seller.token()).send();
        LedgerClient.Response counted = api.post(inventory + "/adjustments", Map.of("delta", -2, "reason", "damaged"))
                .as(seller.token()).send();

        assertThat(received.status()).as(received.toString()).isEqualTo(204);
        assertThat(counted.status()).as(counted.toString()).isEqualTo(204);
        assertThat(jdbc.queryForList("""
                SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""",
                String.class, productId + "/" + productId + "-sku")).containsExactly(
                "dev.orderledger.api.inventory.StockReceivedEvent", "dev.orderledger.api.inventory.StockAdjustedEvent");
    }

    @Test
    void stockNeverGoesNegative() {
        User seller = seller();
        String productId = productOnShelf(seller, "Scarce tee", "50.00", 0);
        String inventory = "/api/inventory/" + productId + "/" + productId + "-sku";
        api.post(inventory + "/receipts", Map.of("quantity", 3, "reference", "po-1")).as(seller.token()).send();

        LedgerClient.Response refused = api.post(inventory + "/adjustments", Map.of("delta", -4, "reason", "count"))
                .as(seller.token()).send();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/reason")).isEqualTo("STOCK_WOULD_GO_NEGATIVE");
    }

    @Test
    void othersCannotTouchASellersStock() {
        String productId = productOnShelf(seller(), "Guarded tee", "50.00", 0);
        String inventory = "/api/inventory/" + productId + "/" + productId + "-sku";
        Map<String, Object> receipt = Map.of("quantity", 5, "reference", "po-x");

        assertThat(api.post(inventory + "/receipts", receipt).as(seller().token()).send().status()).isEqualTo(404);
        assertThat(api.post(inventory + "/receipts", receipt).as(buyer().token()).send().status()).isEqualTo(403);
        assertThat(api.post("/api/inventory/" + productId + "/no-such-sku/receipts", receipt).as(admin().token()).send()
                .status()).isEqualTo(404);
    }

    @Test
    void tenUnitsAnd200ConcurrentSingleUnitReservationsHoldExactlyTen() throws Exception {
        User seller = seller();
        String adminToken = admin().token();
        String productId = productOnShelf(seller, "Limited tee", "99.00", 0);
        String inventory = "/api/inventory/" + productId + "/" + productId + "-sku";
        api.post(inventory + "/receipts", Map.of("quantity", 10, "reference", "po-1")).as(seller.token()).send();
        long firstOrder = 1795400000000000000L + (System.nanoTime() % 1_000_000_000L) * 1000;

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            var attempts = java.util.stream.IntStream.range(0, 200).mapToObj(i -> pool.submit(() ->
                    api.post("/api/admin/inventory/" + productId + "/" + productId + "-sku/reservations", Map.of("orderId", String.valueOf(firstOrder + i),
                            "quantity", 1, "holdFor", "PT30M")).as(adminToken).send())).toList();
            long held = 0;
            for (var attempt : attempts) {
                LedgerClient.Response response = attempt.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                held += response.json().at("/held").asBoolean() ? 1 : 0;
            }

            assertThat(held).isEqualTo(10);
            String levels = jdbc.queryForObject("""
                    SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?
                    AND payloadtype = 'dev.orderledger.api.inventory.StockReservedEvent' ORDER BY sequencenumber DESC LIMIT 1""",
                    String.class, productId + "/" + productId + "-sku");
            assertThat(levels).contains("\"available\":0").contains("\"reserved\":10").contains("\"sold\":0");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHeldReservationIsDeductedOnPaymentAndReturnsRestockOnce() {
        User seller = seller();
        String adminToken = admin().token();
        String productId = productOnShelf(seller, "Paid tee", "99.00", 0);
        String admin = "/api/admin/inventory/" + productId + "/" + productId + "-sku";
        api.post("/api/inventory/" + productId + "/" + productId + "-sku/receipts", Map.of("quantity", 5, "reference", "po-1"))
                .as(seller.token()).send();
        String orderId = String.valueOf(1795500000000000000L + System.nanoTime() % 1_000_000_000L);

        assertThat(api.post(admin + "/reservations", Map.of("orderId", orderId, "quantity", 2, "holdFor", "PT30M"))
                .as(adminToken).send().json().at("/held").asBoolean()).isTrue();
        assertThat(api.post(admin + "/reservations/" + orderId + "/deduction", null).as(adminToken).send().status()).isEqualTo(204);
        assertThat(api.post(admin + "/restocks", Map.of("orderId", orderId, "quantity", 1, "reference", "refund-1"))
                .as(adminToken).send().status()).isEqualTo(204);
        assertThat(api.post(admin + "/restocks", Map.of("orderId", orderId, "quantity", 1, "reference", "refund-1"))
                .as(adminToken).send().status()).as("the same refund again").isEqualTo(204);

        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                String.class, productId + "/" + productId + "-sku")).containsExactly(
                "dev.orderledger.api.inventory.StockReceivedEvent", "dev.orderledger.api.inventory.StockReservedEvent",
                "dev.orderledger.api.inventory.ReservedStockDeductedEvent", "dev.orderledger.api.inventory.StockRestockedEvent");
    }
}
