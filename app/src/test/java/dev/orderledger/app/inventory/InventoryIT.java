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
        String productId = productOnShelf(seller, "Stocked tee", "50.00");
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
        String productId = productOnShelf(seller, "Scarce tee", "50.00");
        String inventory = "/api/inventory/" + productId + "/" + productId + "-sku";
        api.post(inventory + "/receipts", Map.of("quantity", 3, "reference", "po-1")).as(seller.token()).send();

        LedgerClient.Response refused = api.post(inventory + "/adjustments", Map.of("delta", -4, "reason", "count"))
                .as(seller.token()).send();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/reason")).isEqualTo("STOCK_WOULD_GO_NEGATIVE");
    }

    @Test
    void othersCannotTouchASellersStock() {
        String productId = productOnShelf(seller(), "Guarded tee", "50.00");
        String inventory = "/api/inventory/" + productId + "/" + productId + "-sku";
        Map<String, Object> receipt = Map.of("quantity", 5, "reference", "po-x");

        assertThat(api.post(inventory + "/receipts", receipt).as(seller().token()).send().status()).isEqualTo(404);
        assertThat(api.post(inventory + "/receipts", receipt).as(buyer().token()).send().status()).isEqualTo(403);
        assertThat(api.post("/api/inventory/" + productId + "/no-such-sku/receipts", receipt).as(admin().token()).send()
                .status()).isEqualTo(404);
    }
}
