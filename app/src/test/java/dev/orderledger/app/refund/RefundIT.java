package dev.orderledger.app.refund;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A return and refund over HTTP, each step by its role, against the real event store. */
class RefundIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBuyerReturnsOneUnitAndGetsBackWhatItCostAfterTheDiscount() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Mixing bowl", "33.33");
        String couponId = couponFor(buyer, "9.99", "0.00");
        Map<String, Object> order = new java.util.HashMap<>(orderOf(null, productId, 3));
        order.put("couponId", couponId);
        String orderId = placedOrder(buyer, order);
        pay(buyer, "pay-" + orderId, orderId);
        awaitOrder(buyer, orderId, view -> view.at("/shipping/carrier").isTextual());

        LedgerClient.Response requested = api.post("/api/orders/" + orderId + "/refunds", Map.of("lineNo", 1, "quantity", 1,
                "withReturn", true, "reason", "cracked")).as(buyer.token()).send();
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String refund = "/api/refunds/" + requested.at("/refundId");

        assertThat(api.post(refund + "/decision", Map.of("approve", true)).as(buyer.token()).send().status()).isEqualTo(403);
        assertNoContent(api.post(refund + "/decision", Map.of("approve", true)).as(seller.token()).send());
        assertNoContent(api.post(refund + "/return-shipment", Map.of("carrier", "SF", "trackingNumber", "R1")).as(buyer.token()).send());
        assertNoContent(api.post(refund + "/return-receipt", Map.of("received", true)).as(seller.token()).send());
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1",
                String.class, requested.at("/refundId")), "dev.orderledger.api.refund.RefundCompletedEvent"::equals);

        String opened = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domainevententry
                WHERE aggregateidentifier = ? AND sequencenumber = 0""", String.class, requested.at("/refundId"));
        assertThat(opened).contains("\"amount\":\"30.00\"");
        JsonNode after = awaitOrder(buyer, orderId, view -> "PARTLY_REFUNDED".equals(view.at("/refundStatus").asText()));
        assertThat(after.at("/lines/0/itemStatus/kind").asText()).isEqualTo("REFUNDED");
        assertThat(after.at("/lines/0/itemStatus/refunded").asInt()).isEqualTo(1);
        assertThat(after.at("/lines/0/itemStatus/units").asInt()).isEqualTo(3);
        assertThat(api.get("/api/orders?refundStatus=PARTLY_REFUNDED&itemStatus=REFUNDED").as(buyer.token()).send().json()
                .at("/items/0/orderId").asText()).isEqualTo(orderId);
        assertThat(api.get("/api/orders?refundStatus=PARTLY_REFUNDED").as(buyer.token()).send().json()
                .at("/items/0/refundStatus").asText()).isEqualTo("PARTLY_REFUNDED");
        assertThat(api.get("/api/orders?refundStatus=FULLY_REFUNDED").as(buyer.token()).send().json().at("/items")).isEmpty();
        assertThat(api.get("/api/seller/orders?itemStatus=REFUND_IN_PROGRESS").as(seller.token()).send().json().at("/items"))
                .isEmpty();
        LedgerClient.Response tooMuch = api.post("/api/orders/" + orderId + "/refunds", Map.of("lineNo", 1, "quantity", 3,
                "withReturn", false, "reason", "all of them")).as(buyer.token()).send();
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.at("/reason")).isEqualTo("REFUND_EXCEEDS_PURCHASE");
    }

    @Test
    void aReturnWithinSevenDaysNeedsNoReason() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Whisk", "12.00");
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));
        pay(buyer, "pay-" + orderId, orderId);
        awaitOrder(buyer, orderId, view -> view.at("/paidAt").isTextual());

        LedgerClient.Response requested = api.post("/api/orders/" + orderId + "/refunds", Map.of("withReturn", true))
                .as(buyer.token()).send();

        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        JsonNode underWay = awaitOrder(buyer, orderId, view -> "IN_PROGRESS".equals(view.at("/refundStatus").asText()));
        assertThat(underWay.at("/lines/0/itemStatus/kind").asText()).isEqualTo("REFUND_IN_PROGRESS");
        assertThat(underWay.at("/lines/0/itemStatus/refunding").asInt()).isEqualTo(1);
        JsonNode reason = awaitOrder(buyer, orderId, view -> view.at("/refunds/0/status").isTextual()).at("/refunds/0/reason");
        assertThat(reason.isNull() || reason.isMissingNode() || reason.asText().isEmpty()).as("no reason given, none shown: " + reason)
                .isTrue();
    }

}
