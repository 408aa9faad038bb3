package dev.orderledger.app.refund;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A return and refund over HTTP, each step by its role, against the real event store. */
class RefundIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBuyerReturnsOneUnitAndGetsBackWhatItCostAfterTheDiscount() {
        User seller = seller();
        User buyer = buyer();
        String adminToken = admin().token();
        String productId = productOnShelf(seller, "Mixing bowl", "33.33");
        String orderId = api.post("/api/orders", orderOf(null, productId, 3)).as(buyer.token()).send().at("/orderId");
        String adminOrder = "/api/admin/orders/" + orderId;
        api.post(adminOrder + "/placement-confirmation", Map.of("discount", Map.of("amount", "9.99", "currency", "CNY"),
                "pointsUsed", 0)).as(adminToken).send();
        api.post(adminOrder + "/payment", Map.of("payOrderId", "pay-" + orderId, "amount", Map.of("amount", "90.00", "currency", "CNY"))).as(adminToken).send();
        api.post(adminOrder + "/fulfillment", Map.of("reference", "ful-" + orderId)).as(adminToken).send();
        api.post("/api/orders/" + orderId + "/shipment", Map.of("carrier", "SF", "trackingNumber", "1")).as(seller.token()).send();

        LedgerClient.Response requested = api.post("/api/orders/" + orderId + "/refunds", Map.of("lineNo", 1, "quantity", 1,
                "withReturn", true, "reason", "cracked")).as(buyer.token()).send();
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String refund = "/api/refunds/" + requested.at("/refundId");
        String adminRefund = "/api/admin/refunds/" + requested.at("/refundId");

        assertThat(api.post(refund + "/decision", Map.of("approve", true)).as(buyer.token()).send().status()).isEqualTo(403);
        assertNoContent(api.post(refund + "/decision", Map.of("approve", true)).as(seller.token()).send());
        assertNoContent(api.post(refund + "/return-shipment", Map.of("carrier", "SF", "trackingNumber", "R1")).as(buyer.token()).send());
        assertNoContent(api.post(refund + "/return-receipt", Map.of("received", true)).as(seller.token()).send());
        assertNoContent(api.post(adminRefund + "/marketing-rollback", Map.of("succeeded", true)).as(adminToken).send());
        assertNoContent(api.post(adminRefund + "/payment", Map.of("succeeded", true, "gatewayReference", "gw-1")).as(adminToken).send());
        LedgerClient.Response early = api.post(adminRefund + "/completion", null).as(adminToken).send();
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.at("/currentState")).isEqualTo("R10_REFUNDED");
        assertNoContent(api.post(adminRefund + "/restock", null).as(adminToken).send());
        assertNoContent(api.post(adminRefund + "/completion", null).as(adminToken).send());

        String opened = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domainevententry
                WHERE aggregateidentifier = ? AND sequencenumber = 0""", String.class, requested.at("/refundId"));
        assertThat(opened).contains("\"amount\":\"30.00\"");
        LedgerClient.Response tooMuch = api.post("/api/orders/" + orderId + "/refunds", Map.of("lineNo", 1, "quantity", 3,
                "withReturn", false, "reason", "all of them")).as(buyer.token()).send();
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.at("/reason")).isEqualTo("REFUND_EXCEEDS_PURCHASE");
    }

    private static void assertNoContent(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }
}
