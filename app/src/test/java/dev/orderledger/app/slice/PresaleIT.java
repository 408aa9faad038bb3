package dev.orderledger.app.slice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A presale over HTTP: the deposit is paid first, the balance only in its window. */
class PresaleIT extends LedgerIntegrationTest {

    @Test
    void theBuyerPaysTheDepositThenTheBalanceInItsWindow() {
        User seller = seller();
        User buyer = buyer();
        String open = presaleProduct(seller, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(7)));
        String orderId = placedOrder(buyer, orderOf(null, open, 2));

        pay(buyer, "pay-deposit-" + UUID.randomUUID(), orderId);
        JsonNode afterDeposit = awaitOrder(buyer, orderId, "DEPOSIT_PAID");
        assertThat(afterDeposit.at("/type").asText()).isEqualTo("PRESALE");
        assertThat(afterDeposit.at("/presale/deposit/amount").asText()).isEqualTo("100.00");

        pay(buyer, "pay-balance-" + UUID.randomUUID(), orderId);
        awaitOrder(buyer, orderId, order -> List.of("PAID", "FULFILLING", "COMPLETED").contains(order.at("/status").asText()));
    }

    @Test
    void theBalanceCannotBePaidBeforeItsWindowOpens() {
        User seller = seller();
        User buyer = buyer();
        String later = presaleProduct(seller, Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(7)));
        String orderId = placedOrder(buyer, orderOf(null, later, 2));
        pay(buyer, "pay-deposit-" + UUID.randomUUID(), orderId);
        awaitOrder(buyer, orderId, "DEPOSIT_PAID");

        LedgerClient.Response early = api.post("/api/pay-orders", Map.of("orderIds", List.of(orderId),
                "method", "GATEWAY_CARD")).as(buyer.token()).send();

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.at("/reason")).isEqualTo("BALANCE_WINDOW_CLOSED");
    }

    private String presaleProduct(User seller, Instant balanceFrom, Instant balanceUntil) {
        String productId = "pre-" + UUID.randomUUID();
        LedgerClient.Response created = api.post("/api/products", Map.of("productId", productId,
                "spu", Map.of("name", "Next year's phone"),
                "skus", List.of(Map.of("skuId", productId + "-sku", "price", "999.00", "stock", 100,
                        "presale", Map.of("deposit", "50.00", "balanceFrom", balanceFrom.toString(),
                                "balanceUntil", balanceUntil.toString()))))).as(seller.token()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        moveProduct(seller, productId, "SUBMIT_FOR_AUDIT");
        moveProduct(admin(), productId, "APPROVE");
        moveProduct(seller, productId, "PUT_ON_SHELF");
        assertThat(api.post("/api/inventory/" + productId + "/" + productId + "-sku/receipts",
                Map.of("quantity", 100, "reference", "first")).as(seller.token()).send().status()).isEqualTo(204);
        return productId;
    }
}
