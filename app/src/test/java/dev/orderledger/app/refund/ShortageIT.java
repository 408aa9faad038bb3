package dev.orderledger.app.refund;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A seller reports units of a paid order they cannot supply (seed 004 报缺), over HTTP against the real
 * stores: those units are refunded at once with exactly what they cost, and the rest ships; a whole
 * order short is refunded in full and closed. {@code WholeHistoryIT} reconciles what these tests did.
 */
class ShortageIT extends LedgerIntegrationTest {

    @Test
    void aPartialShortageRefundsExactlyItsUnitsAndTheRestOfTheOrderShips() {
        User seller = seller();
        User buyer = buyer();
        String bowl = productOnShelf(seller, "Mixing bowl", "33.33");
        String whisk = productOnShelf(seller, "Whisk", "10.01");
        Map<String, Object> placement = new HashMap<>(orderOf(null, bowl, 3));
        placement.put("lines", List.of(line(bowl, 3), line(whisk, 1)));
        placement.put("couponId", couponFor(buyer, "9.99", "0.00"));
        String orderId = paidAndNotShipped(buyer, placement);
        String order = "/api/orders/" + orderId;
        BigDecimal linePayable = new BigDecimal(awaitOrder(buyer, orderId, "FULFILLING").at("/lines/0/payable/amount").asText());

        LedgerClient.Response reported = api.post(order + "/shortages", Map.of("lineNo", 1, "quantity", 2,
                "reason", "two bowls broke in the warehouse")).as(seller.token()).send();

        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String refundId = reported.at("/refundId");
        JsonNode refunded = awaitOrder(buyer, orderId, view -> "COMPLETED".equals(view.at("/refunds/0/status").asText()));
        assertThat(refunded.at("/refundStatus").asText()).isEqualTo("PARTLY_REFUNDED");
        JsonNode refund = refunded.at("/refunds/0");
        assertThat(refund.at("/refundId").asText()).isEqualTo(refundId);
        assertThat(refund.at("/kind").asText()).isEqualTo("SHORTAGE");
        assertThat(refund.at("/status").asText()).isEqualTo("COMPLETED");
        assertThat(new BigDecimal(refund.at("/amount/amount").asText())).as("the first two of three units' shares of " + linePayable)
                .isEqualByComparingTo(firstUnits(linePayable, 3, 2));
        assertThat(refunded.at("/lines/0/itemStatus/kind").asText()).isEqualTo("SHORT");
        assertThat(refunded.at("/lines/0/itemStatus/shortUnits").asInt()).isEqualTo(2);
        assertThat(refunded.at("/lines/0/itemStatus/refunded").asInt()).isEqualTo(2);
        assertThat(refunded.at("/lines/1/itemStatus/kind").asText()).isEqualTo("NORMAL");
        assertThat(api.get("/api/seller/orders?itemStatus=SHORT").as(seller.token()).send().json().at("/items/0/orderId").asText())
                .isEqualTo(orderId);
        JsonNode told = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/notifications").as(buyer.token()).send().json(),
                inbox -> inbox.at("/items").findValuesAsText("kind").contains("ORDER_SHORTAGE"));
        assertThat(told.at("/items").findValuesAsText("text")).anyMatch(text -> text.contains("cannot supply 2 units of line 1"));

        LedgerClient.Response shipped = api.post(order + "/shipment", Map.of("carrier", "SF", "trackingNumber", "SHORT-1"))
                .as(seller.token()).send();
        assertThat(shipped.status()).as("the rest of the order ships: " + shipped).isEqualTo(200);
        LedgerClient.Response late = api.post(order + "/shortages", Map.of("lineNo", 1, "quantity", 1)).as(seller.token()).send();
        assertThat(late.status()).as("after shipping, a missing unit is a return: " + late).isEqualTo(409);
    }

    @Test
    void aWholeOrderShortIsRefundedInFullAndClosedAndNeverShips() {
        User seller = seller();
        User buyer = buyer();
        String kettle = productOnShelf(seller, "Kettle", "49.90");
        Map<String, Object> placement = new HashMap<>(orderOf(null, kettle, 2));
        placement.put("couponId", couponFor(buyer, "5.00", "0.00"));
        String orderId = paidAndNotShipped(buyer, placement);
        String order = "/api/orders/" + orderId;
        String payable = awaitOrder(buyer, orderId, "FULFILLING").at("/payableAmount/amount").asText();

        LedgerClient.Response reported = api.post(order + "/shortages", Map.of("reason", "discontinued by the maker"))
                .as(seller.token()).send();

        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(api.post(order + "/shipment", Map.of("carrier", "SF", "trackingNumber", "NONE")).as(seller.token()).send()
                .status()).as("nothing is left to ship").isEqualTo(409);
        JsonNode closed = awaitOrder(buyer, orderId, "CLOSED");
        assertThat(closed.at("/refundStatus").asText()).isEqualTo("FULLY_REFUNDED");
        assertThat(closed.at("/refunds/0/amount/amount").asText()).isEqualTo(payable);
        assertThat(closed.at("/lines/0/itemStatus/kind").asText()).isEqualTo("SHORT");
        assertThat(closed.at("/lines/0/itemStatus/shortUnits").asInt()).isEqualTo(2);
    }

    @Test
    void onlyTheOrdersSellerReportsAShortageAndOnlyOfWhatTheOrderHas() {
        User seller = seller();
        User buyer = buyer();
        String lamp = productOnShelf(seller, "Lamp", "80.00");
        String orderId = paidAndNotShipped(buyer, orderOf(null, lamp, 2));
        awaitOrder(buyer, orderId, "FULFILLING");
        String shortages = "/api/orders/" + orderId + "/shortages";

        assertThat(api.post(shortages, Map.of("lineNo", 1, "quantity", 1)).as(buyer.token()).send().status()).isEqualTo(403);
        assertThat(api.post(shortages, Map.of("lineNo", 1, "quantity", 1)).as(seller().token()).send().status()).isEqualTo(404);
        LedgerClient.Response noQuantity = api.post(shortages, Map.of("lineNo", 1)).as(seller.token()).send();
        assertThat(noQuantity.status()).isEqualTo(400);
        assertThat(noQuantity.json().at("/errors/0/field").asText()).isEqualTo("quantity");
        LedgerClient.Response tooMany = api.post(shortages, Map.of("lineNo", 1, "quantity", 3)).as(seller.token()).send();
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.at("/reason")).isEqualTo("REFUND_EXCEEDS_PURCHASE");
        assertThat(api.get("/api/orders/" + orderId).as(buyer.token()).send().json().at("/refunds")).isEmpty();
    }

    /** Places and pays the order; the carrier takes the parcel but stays silent, so nothing ships by itself. */
    private String paidAndNotShipped(User buyer, Map<String, Object> placement) {
        String orderId = placedOrder(buyer, placement);
        assertThat(api.put("/simulator/carrier/scenarios/ful-" + orderId, Map.of("dropCallbacks", true, "shipDelayMillis", 60_000))
                .as(admin().token()).send().status()).isEqualTo(200);
        pay(buyer, "pay-" + orderId, orderId);
        return orderId;
    }

    /** What the first {@code taken} of {@code units} equal units of a line paying {@code payable} return: the first take the remainder. */
    private static BigDecimal firstUnits(BigDecimal payable, int units, int taken) {
        long minor = payable.movePointRight(2).longValueExact();
        long sum = 0;
        for (int unit = 0; unit < taken; unit++) {
            sum += minor / units + (unit < minor % units ? 1 : 0);
        }
        return BigDecimal.valueOf(sum, 2);
    }
}
