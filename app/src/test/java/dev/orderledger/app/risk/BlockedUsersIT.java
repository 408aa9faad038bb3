package dev.orderledger.app.risk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocked users (issue 14, part 2): an admin blocks a user with a reason; their placement, checkout and
 * payment are refused, their unpaid orders are cancelled and what they held goes back; reads go on.
 */
class BlockedUsersIT extends LedgerIntegrationTest {

    @Test
    void aBlockedBuyerIsRefusedAndTheirUnpaidOrdersAreCancelledUntilTheBlockIsLifted() {
        User seller = seller();
        String vase = productOnShelf(seller, "Vase", "40.00", 3);
        User buyer = buyer();
        String unpaid = placedOrder(buyer, orderOf(null, vase, 3));
        String admin = admin().token();
        assertThat(api.post("/api/admin/points/" + buyer.userId() + "/grants", Map.of("points", 100, "reference", "welcome"))
                .as(admin).send().status()).as("a buyer with points (a stream under their user id) can be blocked too").isEqualTo(204);

        assertThat(api.post("/api/admin/users/" + buyer.userId() + "/blocking", Map.of("reason", "chargeback fraud"))
                .as(buyer.token()).send().status()).as("only admins block").isEqualTo(403);
        LedgerClient.Response blocked = api.post("/api/admin/users/" + buyer.userId() + "/blocking",
                Map.of("reason", "chargeback fraud")).as(admin).send();
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(204);

        JsonNode cancelled = awaitOrder(buyer, unpaid, "CANCELLED");
        assertThat(cancelled.at("/cancellationReason").asText()).isEqualTo("RISK_CONTROL");
        assertThat(api.post("/api/cart/lines", Map.of("productId", vase, "skuId", vase + "-sku", "quantity", 3))
                .as(buyer().token()).send().status()).as("the three vases went back to stock").isEqualTo(200);

        LedgerClient.Response placement = api.post("/api/orders", orderOf(null, vase, 1)).as(buyer.token()).send();
        assertThat(placement.status()).as(placement.toString()).isEqualTo(422);
        assertThat(placement.at("/reason")).isEqualTo("USER_BLOCKED");
        LedgerClient.Response payment = api.post("/api/pay-orders", Map.of("orderIds", List.of(unpaid),
                "method", "GATEWAY_CARD")).as(buyer.token()).send();
        assertThat(payment.at("/reason")).isEqualTo("USER_BLOCKED");
        api.post("/api/cart/lines", Map.of("productId", vase, "skuId", vase + "-sku", "quantity", 1)).as(buyer.token()).send();
        LedgerClient.Response checkout = api.post("/api/cart/checkout", Map.of("paymentMethod", "GATEWAY_CARD",
                "shippingAddress", Map.of("recipient", "A", "phone", "+86 138 0000 0000", "region", "R", "street", "S")))
                .as(buyer.token()).send();
        assertThat(checkout.at("/reason")).isEqualTo("USER_BLOCKED");
        assertThat(api.get("/api/orders/" + unpaid).as(buyer.token()).send().status()).as("reads go on").isEqualTo(200);

        JsonNode standing = api.get("/api/admin/users/" + buyer.userId() + "/standing").as(admin).send().json();
        assertThat(standing.at("/blocked").asBoolean()).isTrue();
        assertThat(standing.at("/history/0/reason").asText()).isEqualTo("chargeback fraud");

        assertThat(api.post("/api/admin/users/" + buyer.userId() + "/unblocking", Map.of("reason", "cleared by bank"))
                .as(admin).send().status()).isEqualTo(204);
        assertThat(placedOrder(buyer, orderOf(null, vase, 1))).matches("[0-9]{19}");
        JsonNode lifted = api.get("/api/admin/users/" + buyer.userId() + "/standing").as(admin).send().json();
        assertThat(lifted.at("/blocked").asBoolean()).isFalse();
        assertThat(lifted.at("/history")).hasSize(2);
    }
}
