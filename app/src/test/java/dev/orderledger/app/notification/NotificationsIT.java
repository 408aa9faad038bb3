package dev.orderledger.app.notification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.notification.sms.SimulatedSmsSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.orderledger.app.notification.Inboxes.kindsAbout;
import static dev.orderledger.app.notification.Inboxes.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, part 3: every order status change worth telling reaches the buyer's and the seller's inbox
 * (unread first, each their own), and the buyer's phone for paid, shipped and refunded orders.
 */
class NotificationsIT extends LedgerIntegrationTest {

    @Autowired
    SimulatedSmsSender sms;
    @Autowired
    JdbcTemplate jdbc;

    private Inboxes inboxes;

    @BeforeEach
    void inboxes() {
        inboxes = new Inboxes(api);
    }

    @Test
    void theBuyerAndTheSellerReadTheirOrdersNewsUnreadFirstAndNobodyElseCan() {
        User seller = seller();
        String phone = uniquePhone();
        User buyer = buyerWithPhone(phone);
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller, "Teapot", "25.00"), 1));
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);

        JsonNode buyers = inboxes.awaitKinds(buyer, orderId, "ORDER_PLACED", "ORDER_PAID", "ORDER_SHIPPED", "ORDER_DELIVERED");
        JsonNode sellers = inboxes.awaitKinds(seller, orderId, "ORDER_PLACED", "ORDER_PAID", "ORDER_SHIPPED", "ORDER_DELIVERED");
        assertThat(kindsAbout(buyers, orderId)).as("newest first").containsSubsequence("ORDER_DELIVERED", "ORDER_PAID", "ORDER_PLACED");
        JsonNode paid = one(buyers, orderId, "ORDER_PAID");
        assertThat(paid.path("text").asText()).isEqualTo("Your order " + orderId + " is paid.");
        assertThat(paid.path("orderStatus").asText()).isEqualTo("PAID");
        assertThat(paid.path("read").asBoolean()).isFalse();
        assertThat(one(sellers, orderId, "ORDER_PAID").path("text").asText()).isEqualTo("Order " + orderId + " is paid and ready to ship.");
        assertThat(one(buyers, orderId, "ORDER_SHIPPED").path("text").asText()).startsWith("Your order " + orderId + " has shipped (");

        String delivered = one(buyers, orderId, "ORDER_DELIVERED").path("id").asText();
        long unread = buyers.path("unread").asLong();
        User stranger = buyer();
        assertThat(markRead(stranger, delivered).status()).as("another user's notification").isEqualTo(404);
        assertThat(markRead(seller, delivered).status()).as("the buyer's, not the seller's").isEqualTo(404);
        assertThat(kindsAbout(inboxes.inbox(stranger, ""), orderId)).isEmpty();
        assertThat(markRead(buyer, delivered).status()).isEqualTo(204);
        assertThat(markRead(buyer, delivered).status()).as("reading it again changes nothing").isEqualTo(204);

        JsonNode after = inboxes.inbox(buyer, "");
        assertThat(after.path("unread").asLong()).isEqualTo(unread - 1);
        assertUnreadFirstThenNewestFirst(after);
        assertThat(one(after, orderId, "ORDER_DELIVERED").path("read").asBoolean()).isTrue();
        assertThat(kindsAbout(after, orderId)).as("the read one goes after the unread ones").endsWith("ORDER_DELIVERED");
        assertThat(kindsAbout(inboxes.inbox(buyer, "&unreadOnly=true"), orderId)).doesNotContain("ORDER_DELIVERED")
                .contains("ORDER_PAID");
        assertThat(one(inboxes.inbox(seller, ""), orderId, "ORDER_DELIVERED").path("read").asBoolean())
                .as("the seller's own copy is still unread").isFalse();

        LedgerClient.Response all = api.post("/api/notifications/read-all", null).as(buyer.token()).send();
        assertThat(all.json().path("marked").asLong()).isEqualTo(unread - 1);
        assertThat(inboxes.inbox(buyer, "").path("unread").asLong()).isZero();

        List<String> texts = awaitSms(phone, messages -> messages.stream().anyMatch(text -> text.contains("has shipped")));
        assertThat(texts).contains("Your order " + orderId + " is paid.");
        assertThat(texts).noneMatch(text -> text.contains("is placed") || text.contains("was delivered"));
    }

    @Test
    void aRefundIsToldAsRequestedDecidedAndRefundedAndTheRefundReachesTheBuyersPhone() {
        User seller = seller();
        String phone = uniquePhone();
        User buyer = buyerWithPhone(phone);
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller, "Kettle", "40.00"), 2));
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        awaitOrder(buyer, orderId, view -> view.at("/shipping/carrier").isTextual());

        LedgerClient.Response requested = api.post("/api/orders/" + orderId + "/refunds", Map.of("lineNo", 1, "quantity", 1,
                "withReturn", false, "reason", "dented")).as(buyer.token()).send();
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String refundId = requested.at("/refundId");
        assertThat(api.post("/api/refunds/" + refundId + "/decision", Map.of("approve", true)).as(seller.token()).send().status())
                .isEqualTo(204);

        JsonNode buyers = inboxes.awaitKinds(buyer, orderId, "REFUND_REQUESTED", "REFUND_DECIDED", "ORDER_REFUNDED");
        JsonNode decided = one(buyers, orderId, "REFUND_DECIDED");
        assertThat(decided.path("refundId").asText()).isEqualTo(refundId);
        assertThat(decided.path("text").asText()).isEqualTo("Your refund " + refundId + " for order " + orderId + " was approved.");
        assertThat(one(inboxes.awaitKinds(seller, orderId, "REFUND_REQUESTED"), orderId, "REFUND_REQUESTED").path("text").asText())
                .isEqualTo("A refund " + refundId + " of 40.00 CNY was requested for order " + orderId + ".");
        assertThat(awaitSms(phone, messages -> messages.stream().anyMatch(text -> text.contains("refunded"))))
                .contains("40.00 CNY of your order " + orderId + " was refunded.");
    }

    @Test
    void aBuyerWithoutAPhoneGetsNoSms() {
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Cup", "5.00"), 1));
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT status FROM sms_message WHERE order_id = ? AND kind = 'ORDER_PAID'", String.class, orderId),
                statuses -> statuses.equals(List.of("NO_PHONE")));
        assertThat(inboxes.awaitKinds(buyer, orderId, "ORDER_PAID").path("unread").asLong()).isPositive();
    }

    /** A buyer who registered with a phone as well as an email. */
    private User buyerWithPhone(String phone) {
        String email = "buyer-" + UUID.randomUUID() + "@ledger.test";
        String password = "pass-" + UUID.randomUUID().toString().substring(0, 8) + "-9";
        LedgerClient.Response registered = api.post("/api/auth/register", Map.of("email", email, "phone", phone,
                "password", password, "nickname", "phoned")).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return new User(registered.at("/userId"), login(email, password), email, password);
    }

    private LedgerClient.Response markRead(User user, String notificationId) {
        return api.post("/api/notifications/" + notificationId + "/read", null).as(user.token()).send();
    }

    private List<String> awaitSms(String phone, java.util.function.Predicate<List<String>> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> sms.messagesTo(phone.replaceAll("[\\s-]", "")), condition);
    }

    /** Every unread notification before every read one; within each, newest first. */
    private static void assertUnreadFirstThenNewestFirst(JsonNode inbox) {
        List<JsonNode> items = new ArrayList<>();
        inbox.path("items").forEach(items::add);
        for (int i = 1; i < items.size(); i++) {
            JsonNode before = items.get(i - 1);
            JsonNode next = items.get(i);
            boolean sameGroup = before.path("read").asBoolean() == next.path("read").asBoolean();
            assertThat(!before.path("read").asBoolean() || next.path("read").asBoolean()).as("unread first: " + inbox).isTrue();
            if (sameGroup) {
                assertThat(Instant.parse(before.path("createdAt").asText()))
                        .isAfterOrEqualTo(Instant.parse(next.path("createdAt").asText()));
            }
        }
    }
}
