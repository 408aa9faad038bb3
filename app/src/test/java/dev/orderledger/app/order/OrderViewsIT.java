package dev.orderledger.app.order;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order views over HTTP, built by the processes and simulated partners from the real event
 * store: one order's whole life in its detail, the reasons of cancelled orders, the buyer's and the
 * seller's lists, the admins' search, who may read what, bad parameters, and a history delivered
 * again that leaves every view as it was.
 */
class OrderViewsIT extends LedgerIntegrationTest {

    private static final String ORDER_VIEWS = "order-views";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDetailOfAnOrderThatWasPaidShippedDeliveredConfirmedAndPartlyRefundedTellsItsWholeStory() {
        User seller = seller();
        User buyer = buyer();
        String tee = productOnShelf(seller, "Story tee", "100.00", 10);
        String mug = productOnShelf(seller, "Story mug", "50.00", 10);
        String orderId = placedOrder(buyer, Map.of("lines", List.of(line(tee, 2), line(mug, 1)),
                "shippingAddress", orderOf(null, tee, 1).get("shippingAddress")));
        String payOrderId = pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        confirmReceipt(buyer, orderId);
        String refundId = returnOneTee(buyer, seller, orderId);

        JsonNode order = awaitOrder(buyer, orderId, view -> "COMPLETED".equals(view.at("/refunds/0/status").asText()));

        assertThat(order.at("/lines/0/snapshotId").asText()).hasSize(32);
        assertThat(order.at("/lines/0/payable/amount").asText()).isEqualTo("200.00");
        JsonNode sold = order.at("/lines/0/snapshot");
        assertThat(sold.at("/snapshotId").asText()).isEqualTo(order.at("/lines/0/snapshotId").asText());
        assertThat(sold.at("/productName").asText()).isEqualTo("Story tee");
        assertThat(sold.at("/description").asText()).isEqualTo("test item");
        assertThat(sold.at("/skuName").asText()).isEqualTo("Story tee red");
        assertThat(sold.at("/price/amount").asText()).isEqualTo("100.00");
        assertThat(sold.at("/salesAttributes/0/attributeName").asText()).isEqualTo("colour");
        assertThat(sold.at("/salesAttributes/0/value").asText()).isEqualTo("red");
        assertThat(order.at("/lines/1/snapshot/productName").asText()).isEqualTo("Story mug");

        assertThat(order.at("/paymentStatus").asText()).isEqualTo("P8_SUCCESS");
        assertThat(order.at("/payOrderId").asText()).isEqualTo(payOrderId);
        assertThat(order.at("/paidAt").isTextual()).isTrue();
        JsonNode payment = order.at("/payments/0");
        assertThat(order.at("/payments")).hasSize(1);
        assertThat(payment.at("/payOrderId").asText()).isEqualTo(payOrderId);
        assertThat(payment.at("/status").asText()).isEqualTo("P8_SUCCESS");
        assertThat(payment.at("/method").asText()).isEqualTo("GATEWAY_CARD");
        assertThat(payment.at("/payAmount/amount").asText()).isEqualTo("250.00");
        assertThat(payment.at("/cashAmount/amount").asText()).isEqualTo("250.00");
        assertThat(payment.at("/coinAmount/amount").asText()).isEqualTo("0.00");
        assertThat(payment.at("/voucherAmount/amount").asText()).isEqualTo("0.00");
        assertThat(payment.at("/charge/amount/amount").asText()).isEqualTo("250.00");
        assertThat(payment.at("/gatewayTransactionId").asText()).isNotBlank();
        assertThat(fieldNames(payment.at("/times"))).startsWith("P1_PENDING").endsWith("P8_SUCCESS")
                .contains("P5_PAYMENT_INITIALIZED");

        JsonNode fulfillment = order.at("/fulfillment");
        assertThat(fulfillment.at("/status").asText()).isEqualTo("F4_SUCCESS");
        assertThat(fulfillment.at("/reference").asText()).isEqualTo("ful-" + orderId);
        assertThat(fulfillment.at("/carrier").asText()).isNotBlank().isEqualTo(order.at("/shipping/carrier").asText());
        assertThat(fulfillment.at("/trackingNumber").asText()).isNotBlank();
        assertThat(List.of(instant(fulfillment, "/startedAt"), instant(fulfillment, "/shippedAt"),
                instant(fulfillment, "/deliveredAt"), instant(order, "/completedAt"))).isSorted();
        assertThat(order.at("/completionKind").asText()).isEqualTo("BUYER_CONFIRMED");

        JsonNode refund = order.at("/refunds/0");
        assertThat(refund.at("/refundId").asText()).isEqualTo(refundId);
        assertThat(refund.at("/kind").asText()).isEqualTo("BUYER");
        assertThat(refund.at("/amount/amount").asText()).isEqualTo("100.00");
        assertThat(refund.at("/lines/0/lineNo").asInt()).isEqualTo(1);
        assertThat(refund.at("/lines/0/quantity").asInt()).isEqualTo(1);
        assertThat(refund.at("/reason").asText()).isEqualTo("too small");
        assertThat(refund.at("/returnCarrier").asText()).isEqualTo("SF");
        assertThat(refund.at("/returnTrackingNumber").asText()).isEqualTo("R1");
        assertThat(fieldNames(refund.at("/times"))).containsSubsequence("REQUESTED", "APPROVED", "RETURN_SHIPPED",
                "RETURN_RECEIVED", "R10_REFUNDED", "RESTOCKED", "COMPLETED");
        assertThat(order.at("/refundedAmount/amount").asText()).isEqualTo("100.00");

        List<JsonNode> timeline = list(order.at("/timeline"));
        assertThat(timeline).extracting(entry -> entry.at("/event").asText()).containsSubsequence(
                "OrderPlaced", "OrderAwaitingPayment", "PayOrderCreated", "PaymentSucceeded", "OrderPaid",
                "FulfillmentStarted", "OrderShipped", "OrderDelivered", "OrderCompleted",
                "RefundOpened", "RefundApproved", "ReturnShipped", "ReturnReceived", "RefundPaid", "RefundCompleted");
        assertThat(entry(timeline, "OrderPlaced").at("/actor").asText()).isEqualTo(buyer.userId());
        assertThat(entry(timeline, "OrderPlaced").at("/status").asText()).isEqualTo("CREATED");
        assertThat(entry(timeline, "PayOrderCreated").at("/reference").asText()).isEqualTo(payOrderId);
        assertThat(entry(timeline, "PayOrderCreated").at("/source").asText()).isEqualTo("PAYMENT");
        assertThat(entry(timeline, "OrderCompleted").at("/actor").asText()).isEqualTo(buyer.userId());
        assertThat(entry(timeline, "OrderCompleted").at("/reason").asText()).isEqualTo("BUYER_CONFIRMED");
        assertThat(entry(timeline, "RefundOpened").at("/reason").asText()).isEqualTo("too small");
        assertThat(entry(timeline, "RefundOpened").at("/reference").asText()).isEqualTo(refundId);
        assertThat(entry(timeline, "RefundApproved").at("/actor").asText()).isEqualTo(seller.userId());
        assertThat(entry(timeline, "ReturnShipped").at("/actor").asText()).isEqualTo(buyer.userId());
        assertThat(entry(timeline, "RefundCompleted").at("/status").asText()).isEqualTo("COMPLETED");
        assertThat(timeline).allSatisfy(step -> assertThat(step.at("/at").isTextual()).isTrue());

        LedgerClient.Response forSeller = api.get("/api/orders/" + orderId).as(seller.token()).send();
        assertThat(forSeller.status()).as("a seller sees their orders").isEqualTo(200);
        assertThat(forSeller.json()).isEqualTo(order);
    }

    @Test
    void aCancelledOrderShowsWhyWhenAndByWhom() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Doubtful lamp", "60.00", 2);
        String byBuyer = placedOrder(buyer, orderOf(null, productId, 1));
        assertThat(api.post("/api/orders/" + byBuyer + "/cancellation", null).as(buyer.token()).send().status()).isEqualTo(204);
        String byAdmin = placedOrder(buyer, orderOf(null, productId, 1));
        assertThat(api.post("/api/orders/" + byAdmin + "/cancellation", Map.of("reason", "RISK_CONTROL"))
                .as(admin().token()).send().status()).isEqualTo(204);
        String tooMany = api.post("/api/orders", orderOf(null, productId, 3)).as(buyer.token()).send().at("/orderId");

        JsonNode cancelled = awaitOrder(buyer, byBuyer, "CANCELLED");
        assertThat(cancelled.at("/cancellationReason").asText()).isEqualTo("BUYER");
        assertThat(cancelled.at("/cancelledAt").isTextual()).isTrue();
        JsonNode last = last(cancelled.at("/timeline"));
        assertThat(last.at("/event").asText()).isEqualTo("OrderCancelled");
        assertThat(last.at("/status").asText()).isEqualTo("CANCELLED");
        assertThat(last.at("/reason").asText()).isEqualTo("BUYER");
        assertThat(last.at("/actor").asText()).isEqualTo(buyer.userId());
        assertThat(last.at("/at").asText()).isEqualTo(cancelled.at("/cancelledAt").asText());

        JsonNode riskControl = awaitOrder(buyer, byAdmin, "CANCELLED");
        assertThat(riskControl.at("/cancellationReason").asText()).isEqualTo("RISK_CONTROL");
        assertThat(last(riskControl.at("/timeline")).at("/actor").asText()).isNotBlank().isNotEqualTo(buyer.userId());

        JsonNode rejected = awaitOrder(buyer, tooMany, "CANCELLED");
        assertThat(rejected.at("/cancellationReason").asText()).isEqualTo("STOCK_SHORTAGE");
        assertThat(rejected.at("/cancellationDetail").asText()).contains("stock");
        assertThat(last(rejected.at("/timeline")).at("/event").asText()).isEqualTo("OrderRejected");
        assertThat(last(rejected.at("/timeline")).at("/detail").asText()).isEqualTo(rejected.at("/cancellationDetail").asText());
    }

    @Test
    void aBuyerListsTheirOwnOrdersNewestFirstByStatusAndInPages() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Listed cup", "12.50");
        String first = placedOrder(buyer, orderOf(null, productId, 1));
        String second = placedOrder(buyer, orderOf(null, productId, 2));
        String third = placedOrder(buyer, orderOf(null, productId, 3));
        assertThat(api.post("/api/orders/" + second + "/cancellation", null).as(buyer.token()).send().status()).isEqualTo(204);
        awaitOrder(buyer, second, "CANCELLED");
        placedOrder(buyer(), orderOf(null, productId, 1));

        JsonNode all = list(buyer, "/api/orders", page -> page.at("/total").asLong() == 3);
        assertThat(orderIds(all)).containsExactly(third, second, first);
        assertThat(all.at("/items/0/totalAmount/amount").asText()).isEqualTo("37.50");
        assertThat(all.at("/items/0/payableAmount/amount").asText()).isEqualTo("37.50");
        assertThat(all.at("/items/0/status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(all.at("/items/0/lineCount").asInt()).isEqualTo(1);
        assertThat(all.at("/items/0/firstProductName").asText()).isEqualTo("Listed cup");
        assertThat(all.at("/items/0/buyerId").asText()).isEqualTo(buyer.userId());
        assertThat(all.at("/page").asInt()).isZero();
        assertThat(all.at("/size").asInt()).isEqualTo(20);

        assertThat(orderIds(get(buyer, "/api/orders?status=CANCELLED"))).containsExactly(second);
        assertThat(orderIds(get(buyer, "/api/orders?status=PENDING_PAYMENT"))).containsExactly(third, first);
        JsonNode firstPage = get(buyer, "/api/orders?page=0&size=2");
        assertThat(orderIds(firstPage)).containsExactly(third, second);
        assertThat(firstPage.at("/total").asLong()).isEqualTo(3);
        assertThat(orderIds(get(buyer, "/api/orders?page=1&size=2"))).containsExactly(first);
        assertThat(orderIds(get(buyer, "/api/orders?page=2&size=2"))).isEmpty();
    }

    @Test
    void aSellerListsOnlyTheOrdersOfTheirOwnItems() {
        User seller = seller();
        User otherSeller = seller();
        User buyer = buyer();
        String mine = placedOrder(buyer, orderOf(null, productOnShelf(seller, "Own vase", "20.00"), 1));
        placedOrder(buyer, orderOf(null, productOnShelf(otherSeller, "Other vase", "20.00"), 1));

        JsonNode sold = list(seller, "/api/seller/orders", page -> page.at("/total").asLong() >= 1);
        assertThat(orderIds(sold)).containsExactly(mine);
        assertThat(sold.at("/items/0/sellerId").asText()).isEqualTo(seller.userId());
        assertThat(orderIds(get(seller, "/api/seller/orders?status=PENDING_PAYMENT"))).containsExactly(mine);
        assertThat(orderIds(get(seller, "/api/seller/orders?status=PAID"))).isEmpty();
        assertThat(api.get("/api/seller/orders").as(buyer.token()).send().status()).as("a buyer is no seller").isEqualTo(403);
    }

    @Test
    void anAdminSearchesOrdersByOrderBuyerSellerStatusAndPlacementTime() {
        User seller = seller();
        User buyer = buyer();
        User otherBuyer = buyer();
        User admin = admin();
        String productId = productOnShelf(seller, "Searched chair", "80.00");
        String first = placedOrder(buyer, orderOf(null, productId, 1));
        String second = placedOrder(buyer, orderOf(null, productId, 1));
        String third = placedOrder(otherBuyer, orderOf(null, productId, 1));
        assertThat(api.post("/api/orders/" + second + "/cancellation", null).as(buyer.token()).send().status()).isEqualTo(204);
        String secondPlaced = awaitOrder(buyer, second, "CANCELLED").at("/placedAt").asText();
        String thirdPlaced = awaitOrder(otherBuyer, third, "PENDING_PAYMENT").at("/placedAt").asText();
        String bySeller = "/api/admin/orders?sellerId=" + seller.userId();

        assertThat(orderIds(list(admin, bySeller, page -> page.at("/total").asLong() == 3))).containsExactly(third, second, first);
        assertThat(orderIds(get(admin, "/api/admin/orders?orderId=" + first))).containsExactly(first);
        assertThat(orderIds(get(admin, "/api/admin/orders?buyerId=" + buyer.userId()))).containsExactly(second, first);
        assertThat(orderIds(get(admin, bySeller + "&status=CANCELLED"))).containsExactly(second);
        assertThat(orderIds(get(admin, bySeller + "&from=" + LedgerClient.encode(secondPlaced) + "&to="
                + LedgerClient.encode(thirdPlaced)))).as("from inclusive, to exclusive").containsExactly(second);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(orderIds(get(admin, bySeller + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(2))))
                .containsExactly(third, second, first);
        assertThat(orderIds(get(admin, bySeller + "&to=" + today.minusDays(1)))).isEmpty();
        assertThat(api.get(bySeller).as(seller.token()).send().status()).isEqualTo(403);
    }

    @Test
    void anOrderIsNotFoundForStrangersAndOtherSellersButItsBuyerItsSellerAndAdminsReadIt() {
        User seller = seller();
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller, "Private kettle", "30.00"), 1));
        String order = "/api/orders/" + orderId;

        assertThat(api.get(order).as(buyer().token()).send().status()).as("a stranger").isEqualTo(404);
        assertThat(api.get(order).as(seller().token()).send().status()).as("another seller").isEqualTo(404);
        assertThat(api.get(order).as(seller.token()).send().status()).as("its seller").isEqualTo(200);
        assertThat(api.get(order).as(admin().token()).send().status()).as("an admin").isEqualTo(200);
        assertThat(api.get("/api/orders/9999999999999999999").as(admin().token()).send().status()).isEqualTo(404);
        assertThat(api.get(order).send().status()).isEqualTo(401);
    }

    @Test
    void badListParametersAreRefusedWith400() {
        User buyer = buyer();
        User seller = seller();
        String admin = admin().token();

        assertBadRequest(api.get("/api/orders?status=LOST").as(buyer.token()).send());
        assertBadRequest(api.get("/api/orders?page=-1").as(buyer.token()).send());
        assertBadRequest(api.get("/api/orders?page=first").as(buyer.token()).send());
        assertBadRequest(api.get("/api/orders?size=0").as(buyer.token()).send());
        assertBadRequest(api.get("/api/orders?size=101").as(buyer.token()).send());
        assertBadRequest(api.get("/api/seller/orders?size=500").as(seller.token()).send());
        assertBadRequest(api.get("/api/admin/orders?from=2025-13-45").as(admin).send());
        assertBadRequest(api.get("/api/admin/orders?to=yesterday").as(admin).send());
        assertBadRequest(api.get("/api/admin/orders?from=2025-03-02&to=2025-03-01").as(admin).send());
        assertBadRequest(api.get("/api/admin/orders?orderId=123").as(admin).send());
        assertBadRequest(api.get("/api/admin/orders?buyerId=" + LedgerClient.encode("no such id")).as(admin).send());
        assertBadRequest(api.get("/api/admin/orders?status=SHIPPED").as(admin).send());
        assertThat(api.get("/api/orders?size=100&page=0").as(buyer.token()).send().status()).isEqualTo(200);
    }

    /**
     * The processor goes back to before an order's item was created, as after a crash between
     * handling and saving its token: every later event comes again. The order's rows are deleted
     * first, so its events rebuild them from nothing; another order's rows stay, so its events are
     * redeliveries. Both orders then read exactly as before.
     */
    @Test
    void eventsDeliveredAgainRebuildTheSameViewsAndChangeNothingAlreadyApplied() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Replayed bowl", "42.00");
        String rebuilt = placedOrder(buyer, orderOf(null, productId, 2));
        pay(buyer, "pay-" + UUID.randomUUID(), rebuilt);
        JsonNode rebuiltBefore = awaitDelivered(buyer, rebuilt);
        String redelivered = placedOrder(buyer, orderOf(null, productId, 1));
        assertThat(api.post("/api/orders/" + redelivered + "/cancellation", null).as(buyer.token()).send().status())
                .isEqualTo(204);
        JsonNode redeliveredBefore = awaitOrder(buyer, redelivered, "CANCELLED");
        JsonNode listBefore = get(buyer, "/api/orders");

        StreamingEventProcessor processor = processing.eventProcessor(ORDER_VIEWS, StreamingEventProcessor.class).orElseThrow();
        long from = jdbc.queryForObject("SELECT min(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, productId);
        processor.shutDown();
        try {
            transactions.executeWithoutResult(status -> {
                forget(rebuilt, rebuiltBefore.at("/lines/0/snapshotId").asText(), productId);
                tokens.storeToken(GapAwareTrackingToken.newInstance(from - 1, new TreeSet<>()), ORDER_VIEWS, 0);
            });
        } finally {
            processor.start();
        }
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));

        assertThat(get(buyer, "/api/orders/" + rebuilt)).isEqualTo(rebuiltBefore);
        assertThat(get(buyer, "/api/orders/" + redelivered)).isEqualTo(redeliveredBefore);
        assertThat(get(buyer, "/api/orders")).isEqualTo(listBefore);
    }

    /** Deletes what the order views hold of one order, its item's snapshot and the snapshot's source. */
    private void forget(String orderId, String snapshotId, String productId) {
        jdbc.update("DELETE FROM order_payment_view WHERE pay_order_id IN "
                + "(SELECT pay_order_id FROM order_payment_charge WHERE order_id = ?)", orderId);
        jdbc.update("DELETE FROM order_refund_view WHERE order_id = ?", orderId);
        jdbc.update("DELETE FROM order_timeline WHERE order_id = ?", orderId);
        jdbc.update("DELETE FROM order_view WHERE order_id = ?", orderId);
        jdbc.update("DELETE FROM order_item_snapshot WHERE snapshot_id = ?", snapshotId);
        jdbc.update("DELETE FROM order_item_snapshot_source WHERE product_id = ?", productId);
    }

    private String returnOneTee(User buyer, User seller, String orderId) {
        String refundId = "r-" + UUID.randomUUID();
        LedgerClient.Response requested = api.post("/api/orders/" + orderId + "/refunds", Map.of("refundId", refundId,
                "lineNo", 1, "quantity", 1, "withReturn", true, "reason", "too small")).as(buyer.token()).send();
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String refund = "/api/refunds/" + refundId;
        assertThat(api.post(refund + "/decision", Map.of("approve", true)).as(seller.token()).send().status()).isEqualTo(204);
        assertThat(api.post(refund + "/return-shipment", Map.of("carrier", "SF", "trackingNumber", "R1"))
                .as(buyer.token()).send().status()).isEqualTo(204);
        assertThat(api.post(refund + "/return-receipt", Map.of("received", true)).as(seller.token()).send().status())
                .isEqualTo(204);
        return refundId;
    }

    /** Waits until a list meets the condition (the views follow the events a moment later), and returns it. */
    private JsonNode list(User reader, String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> get(reader, path), condition);
    }

    private JsonNode get(User reader, String path) {
        LedgerClient.Response response = api.get(path).as(reader.token()).send();
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        return response.json();
    }

    private static void assertBadRequest(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private static List<String> orderIds(JsonNode page) {
        return list(page.at("/items")).stream().map(item -> item.at("/orderId").asText()).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode entry(List<JsonNode> timeline, String event) {
        return timeline.stream().filter(step -> step.at("/event").asText().equals(event)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " in " + timeline));
    }

    private static Instant instant(JsonNode node, String pointer) {
        return Instant.parse(node.at(pointer).asText());
    }

    private static JsonNode last(JsonNode timeline) {
        return timeline.get(timeline.size() - 1);
    }
}
