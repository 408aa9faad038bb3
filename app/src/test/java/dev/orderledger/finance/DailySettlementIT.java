package dev.orderledger.finance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A day's settlement per seller and the platform's totals per kind of transfer, as JSON and CSV. */
class DailySettlementIT extends LedgerIntegrationTest {

    @Test
    void aCompletedOrderIsSettledToItsSellerOnTheDayItCompletedInJsonAndCsv() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Settled kettle", "88.00");
        String orderId = placedOrder(buyer, orderOf(null, productId, 2));
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        JsonNode completed = confirmReceipt(buyer, orderId);
        String today = LocalDate.ofInstant(Instant.parse(completed.at("/completedAt").asText()), ZoneOffset.UTC).toString();
        String finance = withRoles(buyer(), "FINANCE").token();

        JsonNode day = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/finance/settlements/" + today).as(finance).send().json(),
                        answer -> sellerRow(answer, seller.userId()) != null);
        JsonNode row = sellerRow(day, seller.userId());
        assertThat(row.at("/settled").decimalValue()).isEqualByComparingTo("176.00");
        assertThat(row.at("/ordersSettled").asInt()).isEqualTo(1);
        assertThat(row.at("/chargedBack").decimalValue()).isEqualByComparingTo("0");
        assertThat(row.at("/currency").asText()).isEqualTo("CNY");
        assertThat(day.at("/platform").findValuesAsText("kind")).contains("settle", "pay");

        LedgerClient.Response csv = api.get("/api/finance/settlements/" + today).as(finance).header("Accept", "text/csv").send();
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.text()).startsWith("day,seller_id,currency,orders_settled,settled,charged_back,net\n")
                .contains(today + "," + seller.userId() + ",CNY,1,176.00,0.00,176.00\n");
        LedgerClient.Response platform = api.get("/api/finance/settlements/" + today + "/platform").as(finance)
                .header("Accept", "text/csv").send();
        assertThat(platform.text()).startsWith("day,transfer_kind,currency,transfers,amount\n").contains(today + ",settle,CNY,");
    }

    @Test
    void aDayWithoutTransfersIsEmptyAndOnlyFinanceAndAdminsMayAsk() {
        JsonNode quiet = api.get("/api/finance/settlements/2001-01-01").as(admin().token()).send().json();
        assertThat(quiet.at("/sellers").size()).isZero();
        assertThat(quiet.at("/platform").size()).isZero();
        assertThat(api.get("/api/finance/settlements/2001-01-01").as(buyer().token()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/finance/settlements/not-a-day").as(admin().token()).send().status()).isEqualTo(400);
    }

    private static JsonNode sellerRow(JsonNode day, String sellerId) {
        for (JsonNode seller : day.at("/sellers")) {
            if (seller.at("/sellerId").asText().equals(sellerId)) {
                return seller;
            }
        }
        return null;
    }
}
