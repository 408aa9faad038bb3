package dev.orderledger.app.slice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An order's life over HTTP, each step by the role allowed to take it, and the seeds' ABA case. */
class OrderLifecycleIT extends LedgerIntegrationTest {

    @Test
    void anOrderGoesFromPlacementToCompletionAndAStaleTrackingRetryCannotOverwriteANewerNumber() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Desk lamp", "100.00");
        String orderId = placedOrder(buyer, orderOf(null, productId, 3));
        String order = "/api/orders/" + orderId;
        // the carrier takes the parcel but stays silent: the seller ships it by hand
        assertThat(api.put("/simulator/carrier/scenarios/ful-" + orderId, Map.of("dropCallbacks", true, "shipDelayMillis", 60_000))
                .as(admin().token()).send().status()).isEqualTo(200);
        pay(buyer, "pay-" + orderId, orderId);
        awaitOrder(buyer, orderId, "FULFILLING");

        LedgerClient.Response shipped = api.post(order + "/shipment", Map.of("carrier", "SF", "trackingNumber", "123"))
                .as(seller.token()).send();
        assertThat(shipped.json().at("/shippingVersion").asLong()).as(shipped.toString()).isEqualTo(1);
        LedgerClient.Response corrected = api.put(order + "/shipment/tracking",
                Map.of("carrier", "SF", "trackingNumber", "456", "version", 1)).as(seller.token()).send();
        assertThat(corrected.json().at("/shippingVersion").asLong()).isEqualTo(2);
        LedgerClient.Response lateRetry = api.put(order + "/shipment/tracking",
                Map.of("carrier", "SF", "trackingNumber", "123", "version", 1)).as(seller.token()).send();

        assertThat(lateRetry.status()).isEqualTo(409);
        assertThat(lateRetry.at("/currentState")).isEqualTo("SHIPPING_VERSION_2");
        JsonNode view = awaitOrder(buyer, orderId, detail -> detail.at("/shipping/version").asLong() == 2);
        assertThat(view.at("/shipping/trackingNumber").asText()).isEqualTo("456");
        assertThat(view.at("/status").asText()).isEqualTo("FULFILLING");
        assertThat(view.at("/payableAmount/amount").asText()).isEqualTo("300.00");

        assertNoContent(api.post(order + "/receipt", null).as(buyer.token()).send());
        assertThat(awaitOrder(buyer, orderId, "COMPLETED").at("/status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void theBuyerCancelsAnUnpaidOrderAndItCanNoLongerBePaid() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Pillow", "40.00");
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));

        assertNoContent(api.post("/api/orders/" + orderId + "/cancellation", null).as(buyer.token()).send());
        LedgerClient.Response payment = api.post("/api/pay-orders", Map.of("orderIds", List.of(orderId),
                "method", "GATEWAY_CARD")).as(buyer.token()).send();

        assertThat(payment.status()).isEqualTo(409);
        assertThat(payment.at("/currentState")).isEqualTo("CANCELLED");
        assertThat(awaitOrder(buyer, orderId, "CANCELLED").at("/cancellationReason").asText()).isEqualTo("BUYER");
    }

    @Test
    void rolesGuardEveryStep() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Rug", "300.00");
        String orderId = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send().at("/orderId");

        assertThat(api.post("/api/orders/" + orderId + "/cancellation", null).as(buyer().token()).send().status())
                .as("another buyer").isEqualTo(404);
        assertThat(api.put("/api/orders/" + orderId + "/shipment/tracking", Map.of("carrier", "SF", "trackingNumber", "2",
                "version", 1)).as(buyer.token()).send().status()).as("a buyer changing the tracking number").isEqualTo(403);
        assertThat(api.post("/api/orders/" + orderId + "/shipment", Map.of("carrier", "SF", "trackingNumber", "1"))
                .as(buyer.token()).send().status()).as("a buyer shipping").isEqualTo(403);
        assertThat(api.post("/api/orders/" + orderId + "/shipment", Map.of("carrier", "SF", "trackingNumber", "1"))
                .as(seller.token()).send().status()).as("shipping an unpaid order").isEqualTo(409);
    }

}
