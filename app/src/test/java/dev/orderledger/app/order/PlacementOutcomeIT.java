package dev.orderledger.app.order;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/orders} answers with placement's outcome in the one request: the confirmed order
 * with what is due, the reason placement refused it, or, when the client will not wait, where to read
 * it later.
 */
class PlacementOutcomeIT extends LedgerIntegrationTest {

    @Test
    void placementAnswersWithTheConfirmedOrderAndTheAmountToPay() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Outcome teapot", "25.50", 10);

        LedgerClient.Response placed = api.post("/api/orders", orderOf(null, productId, 2)).as(buyer.token()).send();

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.at("/orderId");
        assertThat(placed.header("Location")).isEqualTo("/api/orders/" + orderId);
        assertThat(placed.header("X-Consistency-Token")).matches("[0-9]+");
        assertThat(placed.at("/status")).isEqualTo("PENDING_PAYMENT");
        assertThat(placed.at("/payableAmount/amount")).isEqualTo("51.00");
        assertThat(placed.at("/created")).isEqualTo("true");
        JsonNode read = api.get("/api/orders/" + orderId).as(buyer.token())
                .header("X-Consistency-Token", placed.header("X-Consistency-Token")).send().json();
        assertThat(read.at("/status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(read.at("/payableAmount")).isEqualTo(placed.json().at("/payableAmount"));
    }

    @Test
    void placingTheSameOrderIdAgainAnswers200WithTheOrder() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Twice kettle", "9.90", 10);
        String orderId = api.post("/api/order-ids", null).as(buyer.token()).send().at("/orderId");
        assertThat(api.post("/api/orders", orderOf(orderId, productId, 1)).as(buyer.token()).send().status()).isEqualTo(201);

        LedgerClient.Response again = api.post("/api/orders", orderOf(orderId, productId, 1)).as(buyer.token()).send();

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.at("/orderId")).isEqualTo(orderId);
        assertThat(again.at("/status")).isEqualTo("PENDING_PAYMENT");
        assertThat(again.at("/created")).isEqualTo("false");
    }

    @Test
    void aStockShortageIsRefusedWith422AndItsReason() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Last scarf", "60.00", 1);

        LedgerClient.Response refused = api.post("/api/orders", orderOf(null, productId, 3)).as(buyer.token()).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.at("/reason")).isEqualTo("STOCK_SHORTAGE");
        assertThat(refused.at("/orderId")).matches("[0-9]{19}");
        assertThat(refused.at("/detail")).contains("stock");
        assertThat(awaitOrder(buyer, refused.at("/orderId"), "CANCELLED").at("/cancellationReason").asText())
                .isEqualTo("STOCK_SHORTAGE");
    }

    @Test
    void aClientThatWillNotWaitGets202AndTheOrderStillConfirms() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Patient mug", "12.00", 10);

        LedgerClient.Response accepted = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token())
                .header("Prefer", "wait=0").send();

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String orderId = accepted.at("/orderId");
        assertThat(accepted.header("Location")).isEqualTo("/api/orders/" + orderId);
        assertThat(accepted.header("X-Consistency-Token")).matches("[0-9]+");
        assertThat(accepted.at("/status")).isEqualTo("CREATED");
        awaitOrder(buyer, orderId, "PENDING_PAYMENT");
    }
}
