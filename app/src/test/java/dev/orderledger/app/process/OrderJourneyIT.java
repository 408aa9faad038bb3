package dev.orderledger.app.process;

import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.marketing.CouponRedeemedEvent;
import dev.orderledger.api.marketing.PointsSpentEvent;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One order's whole life over HTTP, every step after placement driven by the processes and the
 * simulated partners: place with a coupon and points, pay through the gateway, shipped and delivered
 * by the carrier, receipt confirmed, then one unit of one line returned and refunded. Checked against
 * the event store: order state, stock, coupon, points and every journal entry.
 */
class OrderJourneyIT extends LedgerIntegrationTest {

    @Autowired
    LedgerFacts facts;

    @Test
    void anOrderIsPlacedPaidShippedDeliveredConfirmedAndPartlyRefunded() {
        User seller = seller();
        User buyer = buyer();
        String tee = productOnShelf(seller, "Journey tee", "100.00", 10);
        String mug = productOnShelf(seller, "Journey mug", "50.00", 10);
        String couponId = couponFor(buyer, "20.00", "100.00");
        grantPoints(buyer, 500);

        String orderId = placedOrder(buyer, Map.of(
                "lines", List.of(line(tee, 2), line(mug, 1)),
                "shippingAddress", Map.of("recipient", "Ann", "phone", "+86 138 0000 0000", "region", "Shanghai",
                        "street", "1 Nanjing Rd", "postalCode", "200000"),
                "couponId", couponId, "points", 500));

        assertThat(awaitOrder(buyer, orderId, "PENDING_PAYMENT").at("/payableAmount/amount").asText())
                .as("250.00 less a 20.00 coupon and 500 points worth 5.00").isEqualTo("225.00");
        assertThat(facts.stockOf(tee)).isEqualTo(new StockLevels(8, 2, 0));
        assertThat(facts.eventsOf(couponId)).filteredOn(CouponRedeemedEvent.class::isInstance).hasSize(1);
        assertThat(facts.eventsOf(buyer.userId())).filteredOn(PointsSpentEvent.class::isInstance).hasSize(1);

        String payOrderId = pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        awaitDelivered(buyer, orderId);
        assertThat(facts.stockOf(tee)).as("sold at payment").isEqualTo(new StockLevels(8, 0, 2));
        assertThat(facts.stockOf(mug)).isEqualTo(new StockLevels(9, 0, 1));
        assertThat(awaitOrder(buyer, orderId, "FULFILLING").at("/shipping/carrier").asText()).isNotBlank();

        confirmReceipt(buyer, orderId);

        String refundId = "r-" + UUID.randomUUID();
        LedgerClient.Response requested = api.post("/api/orders/" + orderId + "/refunds", Map.of("refundId", refundId,
                "lineNo", 1, "quantity", 1, "withReturn", true, "reason", "too small")).as(buyer.token()).send();
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String refund = "/api/refunds/" + refundId;
        assertThat(api.post(refund + "/decision", Map.of("approve", true)).as(seller.token()).send().status()).isEqualTo(204);
        assertThat(api.post(refund + "/return-shipment", Map.of("carrier", "SF", "trackingNumber", "R1")).as(buyer.token())
                .send().status()).isEqualTo(204);
        assertThat(api.post(refund + "/return-receipt", Map.of("received", true)).as(seller.token()).send().status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).until(() -> facts.eventsOf(refundId).stream()
                .anyMatch(RefundCompletedEvent.class::isInstance));

        assertThat(facts.stockOf(tee)).as("the returned unit is back on the shelf").isEqualTo(new StockLevels(9, 0, 1));
        assertThat(awaitOrder(buyer, orderId, "COMPLETED").at("/status").asText()).as("partly refunded, not closed")
                .isEqualTo("COMPLETED");
        List<TransferRecordedEvent> journal = facts.transfersAbout(orderId, payOrderId);
        assertThat(journal).extracting(transfer -> transfer.transferId().value() + " " + transfer.amount().amount())
                .containsExactly(
                        "pay-in:" + payOrderId + " 225.00",
                        "pay:" + payOrderId + " 225.00",
                        "settle:" + orderId + " 225.00",
                        "chargeback:" + refundId + " 90.00",
                        "refund-cash:" + refundId + " 90.00",
                        "refund-out:" + refundId + " 90.00");
        List<Object> postings = facts.postingsOf(journal);
        Money debits = postings.stream().filter(AccountDebitedEvent.class::isInstance).map(AccountDebitedEvent.class::cast)
                .map(AccountDebitedEvent::amount).reduce(Money.of("0", "CNY"), Money::plus);
        Money credits = postings.stream().filter(AccountCreditedEvent.class::isInstance).map(AccountCreditedEvent.class::cast)
                .map(AccountCreditedEvent::amount).reduce(Money.of("0", "CNY"), Money::plus);
        assertThat(postings).hasSize(2 * journal.size());
        assertThat(debits).isEqualTo(credits).isEqualTo(Money.of("945.00", "CNY"));
    }

    private void grantPoints(User buyer, long points) {
        assertThat(api.post("/api/admin/points/" + buyer.userId() + "/grants", Map.of("points", points,
                "reference", "welcome-" + UUID.randomUUID())).as(admin().token()).send().status()).isEqualTo(204);
    }
}
