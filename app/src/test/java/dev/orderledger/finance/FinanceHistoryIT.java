package dev.orderledger.finance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.finance.Discrepancy.Check;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A generated history, through the real HTTP API and processes, of many orders with every kind of
 * ending: paid and completed (some with a coupon), cancelled before payment, payments failed and
 * declined, refunded in part before shipping and after completion. It reconciles with no discrepancy;
 * and each kind of error planted in a copy of it is named.
 */
class FinanceHistoryIT extends LedgerIntegrationTest {

    /** How the generated orders end. */
    enum Fate { COMPLETED, COMPLETED_WITH_COUPON, CANCELLED_UNPAID, PAYMENT_FAILED, PAYMENT_DECLINED, REFUNDED_IN_PART,
        REFUNDED_AFTER_COMPLETION }

    private static final int ORDERS = 21;

    @Autowired
    LedgerReconciliation reconciliation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LedgerFacts facts;

    @Autowired
    GatewayStatements statements;

    private EventTableCopy copy;

    @AfterEach
    void dropCopy() {
        if (copy != null) {
            copy.drop();
        }
    }

    @Test
    void aGeneratedHistoryReconcilesCleanAndEveryPlantedErrorIsNamed() throws Exception {
        User seller = seller();
        List<String> products = List.of(productOnShelf(seller, "Ledger mug", "19.90", 500),
                productOnShelf(seller, "Ledger lamp", "88.80", 500), productOnShelf(seller, "Ledger desk", "1299.00", 500));
        Random random = new Random(20261122);
        List<Fate> fates = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            fates.add(Fate.values()[i % Fate.values().length]);
        }
        java.util.Collections.shuffle(fates, random);
        Map<Fate, List<String>> ordersByFate = new ConcurrentHashMap<>();
        ExecutorService buyers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Fate fate : fates) {
                String product = products.get(random.nextInt(products.size()));
                int units = 2 + random.nextInt(3);
                running.add(buyers.submit(() -> {
                    String orderId = live(fate, seller, product, units);
                    ordersByFate.computeIfAbsent(fate, any -> new ArrayList<>()).add(orderId);
                    return orderId;
                }));
            }
            for (Future<?> order : running) {
                order.get();
            }
        } finally {
            buyers.shutdownNow();
        }
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);

        ReconciliationReport report = reconciliation.reconcile(new ReplayScope(ReplayScope.EVENT_TABLE, head, null));

        assertThat(report.discrepancies()).as(report.summary()).isEmpty();
        assertThat(report.payOrdersPaid()).isGreaterThanOrEqualTo(ORDERS * 4 / Fate.values().length);
        assertThat(report.refunds()).isGreaterThanOrEqualTo(ORDERS * 2 / Fate.values().length);
        assertThat(report.couponsRedeemed()).isGreaterThanOrEqualTo(ORDERS / Fate.values().length);
        assertThat(report.skus()).isGreaterThanOrEqualTo(3);
        assertThat(reconciliation.reconcile(new ReplayScope(ReplayScope.EVENT_TABLE, head, null)))
                .as("a second replay gives the same report").isEqualTo(report);
        assertThat(commandLine(head)).as("the command line").startsWith("0 ").contains("The books balance.")
                .isEqualTo("0 " + report.summary());
        theGatewayStatementAgreesAbout(ordersByFate.values().stream().flatMap(List::stream).toList());

        copy = EventTableCopy.upTo(jdbc, head);
        String paid = ordersByFate.get(Fate.COMPLETED).get(0);
        String refunded = ordersByFate.get(Fate.REFUNDED_IN_PART).get(0);
        String withCoupon = ordersByFate.get(Fate.COMPLETED_WITH_COUPON).get(0);
        String payOrder = "pay-" + paid;
        plant("PayOrderCreatedEvent", payOrder, "{cashAmount,amount}", "\"1.00\"");
        plant("OrderPaidEvent", paid, "{funding,cash,amount}", "\"2.00\"");
        plant("RefundRequestedEvent", refunded, "{lines,0,quantity}", "99");
        long reservation = plant("StockReservedEvent", paid, "{levels,reserved}", "100000");
        long redemption = copy.firstWhere("payloadtype = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'orderId' = ?",
                "dev.orderledger.api.marketing.CouponRedeemedEvent", withCoupon);
        jdbc.update("INSERT INTO " + copy.name() + " SELECT globalindex + 1000000000, aggregateidentifier, sequencenumber + 1000, type,"
                + " eventidentifier || '-again', metadata, convert_to(jsonb_set(convert_from(payload, 'UTF8')::jsonb,"
                + " '{orderId}', to_jsonb(?::text))::text, 'UTF8'), payloadrevision, payloadtype, timestamp"
                + " FROM " + copy.name() + " WHERE globalindex = ?", paid, redemption);

        ReconciliationReport planted = reconciliation.reconcile(copy.everything());

        assertThat(planted.discrepancies()).as(planted.summary())
                .anySatisfy(found -> {
                    assertThat(found.check()).isEqualTo(Check.PAYMENT);
                    assertThat(found.subject()).isEqualTo(payOrder);
                    assertThat(found.transferId()).isEqualTo("pay:" + payOrder);
                    assertThat(found.detail()).startsWith("pay order " + payOrder + " took 1.00 CNY but its journal entry moved");
                })
                .anySatisfy(found -> {
                    assertThat(found.check()).isEqualTo(Check.PAYMENT);
                    assertThat(found.subject()).isEqualTo(payOrder);
                    assertThat(found.detail()).startsWith("pay order " + payOrder + " asked for 1.00 CNY in cash and succeeded with");
                })
                .anySatisfy(found -> {
                    assertThat(found.check()).isEqualTo(Check.PAYMENT);
                    assertThat(found.orderReference()).isEqualTo(paid);
                    assertThat(found.detail()).startsWith("order " + paid + " was paid ").contains("(cash 2.00, coins 0.00");
                })
                .anySatisfy(found -> {
                    assertThat(found.check()).isEqualTo(Check.REFUND_LIMIT);
                    assertThat(found.subject()).isEqualTo(refunded + "/line 1");
                    assertThat(found.detail()).startsWith("1 refund takes 99 units");
                })
                .anySatisfy(found -> {
                    assertThat(found.check()).isEqualTo(Check.STOCK);
                    assertThat(found.orderReference()).isEqualTo(paid);
                    assertThat(found.globalIndexes()).contains(reservation);
                    assertThat(found.detail()).contains("100000 reserved");
                })
                .anySatisfy(found -> {
                    assertThat(found.check()).isEqualTo(Check.COUPON);
                    assertThat(found.orderReference()).isEqualTo(paid);
                    assertThat(found.globalIndexes()).containsExactly(redemption, redemption + 1_000_000_000L);
                    assertThat(found.detail()).endsWith("while order " + withCoupon + " still held it");
                });
        assertThat(planted.discrepancies()).extracting(Discrepancy::check)
                .doesNotContain(Check.TRANSFER_SIDES, Check.ACCOUNT_BALANCE, Check.MONEY_CONSERVED);
    }

    /** Finance's command line, run in this ledger: its exit code and what it printed. */
    private String commandLine(long upToGlobalIndex) {
        MockEnvironment arguments = new MockEnvironment().withProperty(ReconciliationRunner.RECONCILE, "true")
                .withProperty("ledger.finance.up-to-global-index", String.valueOf(upToGlobalIndex));
        return FinanceCommandLine.run(reconciliation, statements, arguments);
    }

    /**
     * The simulated gateway's statement of today, matched with the journal, names none of these
     * orders' payments and refunds (the day also holds other tests' money, and earlier runs' that the
     * simulator forgot, so only these are judged).
     */
    private void theGatewayStatementAgreesAbout(List<String> orderIds) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String statement = api.get("/simulator/gateway/statements/" + today).as(admin().token()).send().text();
        LedgerClient.Response matched = api.post("/api/finance/gateway-statements/" + today, statement)
                .header("Content-Type", "text/csv").as(admin().token()).send();
        assertThat(matched.status()).as(matched.toString()).isEqualTo(200);
        List<String> ours = orderIds.stream().filter(id -> statement.contains(id)).toList();
        assertThat(ours).as("the statement lists the generated payments").isNotEmpty();
        for (JsonNode difference : matched.json().at("/differences")) {
            assertThat(orderIds).as(difference.toString()).noneMatch(id -> difference.toString().contains(id));
        }
    }

    /** Plays one order to its fate; returns its id once the fate is reached. */
    private String live(Fate fate, User seller, String product, int units) {
        User buyer = buyer();
        Map<String, Object> order = new HashMap<>(orderOf(null, product, units));
        if (fate == Fate.COMPLETED_WITH_COUPON) {
            order.put("couponId", couponFor(buyer, "5.00", "0.00"));
        }
        String orderId = placedOrder(buyer, order);
        String payOrderId = "pay-" + orderId;
        switch (fate) {
            case COMPLETED, COMPLETED_WITH_COUPON -> {
                pay(buyer, payOrderId, orderId);
                confirmReceipt(buyer, orderId);
            }
            case CANCELLED_UNPAID -> cancel(buyer, orderId);
            case PAYMENT_FAILED, PAYMENT_DECLINED -> {
                LedgerClient.Response set = api.put("/simulator/gateway/scenarios/" + payOrderId,
                        Map.of("outcome", fate == Fate.PAYMENT_FAILED ? "FAIL" : "DECLINE")).as(admin().token()).send();
                assertThat(set.status()).as(set.toString()).isEqualTo(200);
                api.post("/api/pay-orders", Map.of("payOrderId", payOrderId, "orderIds", List.of(orderId),
                        "method", "GATEWAY_CARD")).as(buyer.token()).send();
                await().atMost(Duration.ofSeconds(20)).until(() -> facts.eventsOf(payOrderId).stream().anyMatch(event ->
                        event.getClass().getSimpleName().matches("PaymentFailedEvent|PaymentInitFailedEvent")));
                cancel(buyer, orderId);
            }
            case REFUNDED_IN_PART -> {
                pay(buyer, payOrderId, orderId);
                // the pay order succeeds before the process marks the order paid: wait for the order itself
                awaitOrder(buyer, orderId, view -> List.of("PAID", "FULFILLING").contains(view.at("/status").asText()));
                refund(buyer, seller, orderId, false);
            }
            case REFUNDED_AFTER_COMPLETION -> {
                pay(buyer, payOrderId, orderId);
                confirmReceipt(buyer, orderId);
                refund(buyer, seller, orderId, true);
            }
        }
        return orderId;
    }

    private void cancel(User buyer, String orderId) {
        LedgerClient.Response cancelled = api.post("/api/orders/" + orderId + "/cancellation", null).as(buyer.token()).send();
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(204);
        awaitOrder(buyer, orderId, "CANCELLED");
    }

    /** One unit of line 1 back, with the goods returned or not; waits until the refund is complete. */
    private void refund(User buyer, User seller, String orderId, boolean withReturn) {
        LedgerClient.Response requested = api.post("/api/orders/" + orderId + "/refunds", Map.of("lineNo", 1, "quantity", 1,
                "withReturn", withReturn, "reason", "generated")).as(buyer.token()).send();
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String refundId = requested.at("/refundId");
        String refund = "/api/refunds/" + refundId;
        assertThat(api.post(refund + "/decision", Map.of("approve", true)).as(seller.token()).send().status()).isEqualTo(204);
        if (withReturn) {
            assertThat(api.post(refund + "/return-shipment", Map.of("carrier", "SF", "trackingNumber", "R-" + refundId))
                    .as(buyer.token()).send().status()).isEqualTo(204);
            assertThat(api.post(refund + "/return-receipt", Map.of("received", true)).as(seller.token()).send().status())
                    .isEqualTo(204);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.eventsOf(refundId).stream()
                .anyMatch(RefundCompletedEvent.class::isInstance));
    }

    /** Changes one field of the first stored event of this type that names this aggregate or order; returns its global index. */
    private long plant(String type, String about, String path, String json) {
        long globalIndex = copy.firstWhere("payloadtype LIKE ? AND (aggregateidentifier = ?"
                + " OR convert_from(payload, 'UTF8')::jsonb ->> 'orderId' = ?)", "%." + type, about, about);
        copy.set(globalIndex, path, json);
        return globalIndex;
    }
}
