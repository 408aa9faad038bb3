package dev.orderledger.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids over real HTTP. An id that names another kind of record answers as an unknown id when it is
 * read or acted on (404), and as an unavailable id when a new record would take it. Every id a
 * client may not use (another kind's, someone else's, outside the caller's order id slot) answers
 * the same 409 {@code id-unavailable}, with no state and no hint, and leaves nothing behind.
 */
class ForeignIdsIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void claimingACouponOfATemplateIdThatIsAProductAnswersNotFound() {
        String productId = draftProduct(seller(), "Lamp", "20.00");

        LedgerClient.Response claim = api.post("/api/coupon-templates/" + productId + "/claims", null)
                .as(buyer().token()).send();

        assertThat(claim.status()).as(claim.toString()).isEqualTo(404);
        assertThat(eventsOf(productId)).isEqualTo(1);
    }

    @Test
    void movingAProductWhoseIdIsACouponTemplateAnswersNotFound() {
        String templateId = template(admin());

        LedgerClient.Response moved = api.post("/api/products/" + templateId + "/transitions",
                Map.of("transition", "SUBMIT_FOR_AUDIT")).as(admin().token()).send();

        assertThat(moved.status()).as(moved.toString()).isEqualTo(404);
        assertThat(eventsOf(templateId)).isEqualTo(1);
    }

    @Test
    void aCategoryUnderAParentThatIsAProductIsRefusedAsAnUnknownCategory() {
        String productId = draftProduct(seller(), "Rug", "20.00");

        LedgerClient.Response created = api.post("/api/admin/categories", Map.of("categoryId", "c-" + UUID.randomUUID(),
                "parentId", productId, "name", "Rugs")).as(admin().token()).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(422);
        assertThat(created.at("/reason")).isEqualTo("UNKNOWN_CATEGORY");
    }

    @Test
    void aTransferWhoseIdIsAProductIsAnUnavailableIdAndMovesNoMoney() {
        String productId = draftProduct(seller(), "Stool", "20.00");
        User buyer = buyer();

        LedgerClient.Response moved = api.post("/api/admin/transfers", Map.of("transferId", productId,
                "from", "platform-marketing:0", "to", "buyer-wallet:" + buyer.userId(), "memo", "goodwill",
                "amount", Map.of("amount", "1.00", "currency", "CNY"))).as(admin().token()).send();

        assertUnavailable(moved);
        assertThat(eventsOf(productId)).isEqualTo(1);
        assertThat(eventsOf("buyer-wallet:" + buyer.userId())).isZero();
    }

    @Test
    void aCategoryOrAProductWhoseIdIsTakenByAnotherKindIsAnUnavailableId() {
        String productId = draftProduct(seller(), "Shelf", "20.00");
        String categoryId = "c-" + UUID.randomUUID();
        assertThat(api.post("/api/admin/categories", Map.of("categoryId", categoryId, "name", "Shelves"))
                .as(admin().token()).send().status()).isEqualTo(201);

        LedgerClient.Response category = api.post("/api/admin/categories", Map.of("categoryId", productId, "name", "Shelves"))
                .as(admin().token()).send();
        LedgerClient.Response product = api.post("/api/products", Map.of("productId", categoryId,
                "spu", Map.of("name", "Shelf"), "skus", List.of(Map.of("skuId", "s-1", "price", "9.00"))))
                .as(seller().token()).send();

        assertUnavailable(category);
        assertSameAnswer(product, category);
        assertThat(eventsOf(productId)).isEqualTo(1);
        assertThat(eventsOf(categoryId)).isEqualTo(1);
    }

    @Test
    void aRefundWhoseIdIsAProductIsAnUnavailableIdAndSetsNothingAside() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Teapot", "40.00");
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));
        pay(buyer, "pay-" + orderId, orderId);
        awaitOrder(buyer, orderId, view -> view.at("/shipping/carrier").isTextual());
        long productEvents = eventsOf(productId);
        Map<String, Object> wholeOrder = Map.of("refundId", productId, "withReturn", false, "reason", "changed my mind");

        LedgerClient.Response refused = api.post("/api/orders/" + orderId + "/refunds", wholeOrder).as(buyer.token()).send();
        LedgerClient.Response fresh = api.post("/api/orders/" + orderId + "/refunds", Map.of("refundId", "r-" + UUID.randomUUID(),
                "withReturn", false, "reason", "changed my mind")).as(buyer.token()).send();

        assertUnavailable(refused);
        assertThat(eventsOf(productId)).isEqualTo(productEvents);
        assertThat(fresh.status()).as("the whole order is still refundable: " + fresh).isEqualTo(201);
        // the carrier may still be moving the order meanwhile: count only what a refund request appends to it
        assertThat(eventsOf(orderId, "RefundRequestedEvent")).as("the refused request set nothing aside").isEqualTo(1);
    }

    @Test
    void anotherBuyersOrderIdAnswersExactlyAsAnIdOutsideTheCallersSlot() {
        User owner = buyer();
        User stranger = buyer();
        String productId = productOnShelf(seller(), "Vase", "30.00");
        String orderId = placedOrder(owner, orderOf(null, productId, 1));
        long strangersSlot = Long.parseLong(stranger.userId()) % 1000;
        String neverUsed = orderId.substring(0, 13) + String.format("%03d", (strangersSlot + 500) % 1000) + "000";

        LedgerClient.Response taken = api.post("/api/orders", orderOf(orderId, productId, 1)).as(stranger.token()).send();
        LedgerClient.Response outOfSlot = api.post("/api/orders", orderOf(neverUsed, productId, 1)).as(stranger.token()).send();
        LedgerClient.Response repeated = api.post("/api/orders", orderOf(orderId, productId, 1)).as(owner.token()).send();

        assertUnavailable(taken);
        assertSameAnswer(outOfSlot, taken);
        assertThat(taken.text()).doesNotContain(owner.userId()).doesNotContain("PENDING_PAYMENT");
        assertThat(repeated.status()).as("the owner's repeat is idempotent").isEqualTo(200);
        assertThat(eventsOf(neverUsed)).isZero();
    }

    @Test
    void anotherBuyersPayOrderIdAnswersAsAProductIdDoes() {
        String productId = productOnShelf(seller(), "Cup", "12.00");
        User first = buyer();
        String payOrderId = pay(first, "pay-" + UUID.randomUUID(), placedOrder(first, orderOf(null, productId, 1)));
        User second = buyer();
        String secondOrder = placedOrder(second, orderOf(null, productId, 1));

        LedgerClient.Response taken = payWith(second, payOrderId, secondOrder);
        LedgerClient.Response anotherKind = payWith(second, productId, secondOrder);

        assertUnavailable(taken);
        assertSameAnswer(anotherKind, taken);
        assertThat(payWith(second, "pay-" + UUID.randomUUID(), secondOrder).status()).isEqualTo(201);
    }

    @Test
    void anotherSellersCouponTemplateIdAnswersAsUnavailable() {
        String templateId = template(seller());
        String productId = draftProduct(seller(), "Mug", "8.00");

        LedgerClient.Response taken = createTemplate(seller(), templateId);
        LedgerClient.Response anotherKind = createTemplate(seller(), productId);

        assertUnavailable(taken);
        assertSameAnswer(anotherKind, taken);
    }

    private LedgerClient.Response payWith(User buyer, String payOrderId, String orderId) {
        return api.post("/api/pay-orders", Map.of("payOrderId", payOrderId, "orderIds", List.of(orderId),
                "method", "GATEWAY_CARD")).as(buyer.token()).send();
    }

    private String template(User issuer) {
        String templateId = "t-" + UUID.randomUUID();
        LedgerClient.Response template = createTemplate(issuer, templateId);
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        return templateId;
    }

    private LedgerClient.Response createTemplate(User issuer, String templateId) {
        return api.post("/api/coupon-templates", Map.of("templateId", templateId,
                "name", "Ten off", "kind", "FIXED", "amount", Map.of("amount", "10.00", "currency", "CNY"),
                "threshold", Map.of("amount", "0.00", "currency", "CNY"),
                "validFrom", "2020-01-01T00:00:00Z", "validUntil", "2999-01-01T00:00:00Z",
                "perUserLimit", 1, "totalQuantity", 10)).as(issuer.token()).send();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                aggregateId);
    }

    private long eventsOf(String aggregateId, String eventType) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?",
                Long.class, aggregateId, "%." + eventType);
    }

    private static void assertUnavailable(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.at("/type")).endsWith("/id-unavailable");
        assertThat(response.at("/detail")).isEqualTo("this id is not available; choose another");
        assertThat(response.json().has("currentState")).isFalse();
    }

    /** The same problem, apart from the request's own correlation id and path. */
    private static void assertSameAnswer(LedgerClient.Response actual, LedgerClient.Response expected) {
        assertThat(actual.status()).as(actual.toString()).isEqualTo(expected.status());
        assertThat(withoutRequest(actual)).isEqualTo(withoutRequest(expected));
    }

    private static ObjectNode withoutRequest(LedgerClient.Response response) {
        ObjectNode problem = ((ObjectNode) response.json()).deepCopy();
        problem.remove(List.of("correlationId", "instance"));
        return problem;
    }
}
