package dev.orderledger.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.app.OrderLedgerApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole ledger on a random port, against the real embedded PostgreSQL and the real
 * Elasticsearch node (one of each per test run, shared by every test class through the embedded
 * runtime), with the {@code dev} profile's simulated partners. Tests make their own users and products with unique names, so they never depend on
 * each other or on a clean database.
 */
@SpringBootTest(classes = OrderLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "ledger.security.rate-limit.requests-per-minute=100000",
                // processes ask a silent partner after a second, so tests of lost replies finish quickly
                "ledger.processes.recheck-interval=PT1S",
                // a read that waits for a write gives up sooner than in production, so that test finishes quickly
                "ledger.query.read-your-writes-timeout=PT2S",
                // writes answer with their outcome; on a loaded test machine that may take longer than in production
                "ledger.api.outcome-wait=PT20S",
                // dead letters are retried when a test says so, not by the schedule in the middle of it
                "ledger.projections.dead-letter-retry-interval=PT1H",
                // no load shedding: the simulation and the concurrency tests load a 2-core CI machine far past what
                // it processes at once, and count every refusal; AdmissionIT turns it on through the admin API
                "ledger.api.admission.max-backlog=0",
                // webhook deliveries retried within seconds (about 8 s of attempts before one fails), and the tests'
                // self-signed HTTPS receiver trusted (NotificationsIT, WebhooksIT)
                "ledger.notifications.poll-interval=PT0.2S",
                "ledger.notifications.webhooks.base-delay=PT0.1S",
                "ledger.notifications.webhooks.max-delay=PT1S",
                "ledger.notifications.webhooks.max-attempts=20",
                "ledger.notifications.webhooks.disable-after=2",
                "ledger.notifications.webhooks.timeout=PT2S",
                "ledger.notifications.webhooks.trust-store=classpath:webhooks/receiver-trust.p12",
                "ledger.notifications.webhooks.trust-store-password=trust-secret",
                // one node: no segment is ever released for another. Other "nodes" do show up in the shared database
                // (MachineIdLeaseIT's leases, the contexts of RateLimitIT and AxonServerProfileIT): balancing would
                // release half the segments for them for two intervals, stalling placements past the outcome wait
                "ledger.cluster.balance-interval=PT0S",
                "ledger.security.bootstrap-admin.email=" + LedgerIntegrationTest.ADMIN_EMAIL,
                "ledger.security.bootstrap-admin.password=" + LedgerIntegrationTest.ADMIN_PASSWORD
        })
@AutoConfigureObservability
@ExtendWith(ClosesTheLedgerLast.class)
// the development run: the simulated partners stand in for the gateway and the carrier
@ActiveProfiles("dev")
public abstract class LedgerIntegrationTest {

    public static final String ADMIN_EMAIL = "admin@ledger.test";
    public static final String ADMIN_PASSWORD = "admin-secret-42";
    private static final AtomicInteger PHONES = new AtomicInteger();

    @LocalServerPort
    private int port;
    @Autowired
    private CommandGateway commandGateway;

    protected LedgerClient api;

    @BeforeEach
    void connect() {
        api = new LedgerClient(port);
    }

    /** Where the ledger under test listens, for a browser. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A user who has registered and logged in. */
    public record User(String userId, String token, String email, String password) {
    }

    protected User buyer() {
        return register("BUYER");
    }

    protected User seller() {
        return register("SELLER");
    }

    protected User admin() {
        return new User(null, login(ADMIN_EMAIL, ADMIN_PASSWORD), ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    protected User register(String accountType) {
        String email = accountType.toLowerCase() + "-" + UUID.randomUUID() + "@ledger.test";
        String password = "pass-" + UUID.randomUUID().toString().substring(0, 8) + "-9";
        LedgerClient.Response registered = api.post("/api/auth/register", Map.of(
                "email", email, "password", password, "nickname", "tester", "accountType", accountType)).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return new User(registered.at("/userId"), login(email, password), email, password);
    }

    /** A user whose roles an admin has set to exactly these (plus BUYER), logged in again to carry them. */
    protected User withRoles(User user, String... roles) {
        LedgerClient.Response granted = api.put("/api/admin/users/" + user.userId() + "/roles",
                Map.of("roles", List.of(roles))).as(admin().token()).send();
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        return new User(user.userId(), login(user.email(), user.password()), user.email(), user.password());
    }

    protected String login(String login, String password) {
        LedgerClient.Response response = api.post("/api/auth/login", Map.of("login", login, "password", password)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.at("/accessToken");
    }

    protected static String uniquePhone() {
        return "+86139" + String.format("%08d", (System.nanoTime() / 1000 + PHONES.incrementAndGet()) % 100_000_000);
    }

    /** A draft product with one SKU at this price (CNY). Returns its id; its SKU is id + "-sku". */
    protected String draftProduct(User seller, String name, String price) {
        String productId = "p-" + UUID.randomUUID();
        LedgerClient.Response created = api.post("/api/products", Map.of(
                "productId", productId,
                "spu", Map.of("name", name, "description", "test item"),
                "skus", List.of(Map.of("skuId", productId + "-sku", "skuName", name + " red", "price", price,
                        "salesAttributes", List.of(Map.of("attributeName", "colour", "value", "red"))))))
                .as(seller.token()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return productId;
    }

    /** A product on shelf with plenty of stock. */
    protected String productOnShelf(User seller, String name, String price) {
        return productOnShelf(seller, name, price, 1_000);
    }

    /** A product on shelf: created as a draft, submitted, approved by an admin, put on shelf, this many units received. */
    protected String productOnShelf(User seller, String name, String price, long stock) {
        String productId = draftProduct(seller, name, price);
        moveProduct(seller, productId, "SUBMIT_FOR_AUDIT");
        moveProduct(admin(), productId, "APPROVE");
        moveProduct(seller, productId, "PUT_ON_SHELF");
        if (stock > 0) {
            LedgerClient.Response received = api.post("/api/inventory/" + productId + "/" + productId + "-sku/receipts",
                    Map.of("quantity", stock, "reference", "initial-" + productId)).as(seller.token()).send();
            assertThat(received.status()).as(received.toString()).isEqualTo(204);
        }
        return productId;
    }

    /** A single-use fixed coupon (CNY, valid today) that an admin issues and the buyer claims; returns its id. */
    protected String couponFor(User buyer, String amountOff, String threshold) {
        String templateId = "t-" + UUID.randomUUID();
        LedgerClient.Response template = api.post("/api/coupon-templates", Map.of("templateId", templateId,
                "name", "Test coupon", "kind", "FIXED", "amount", Map.of("amount", amountOff, "currency", "CNY"),
                "threshold", Map.of("amount", threshold, "currency", "CNY"),
                "validFrom", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                "validUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                "perUserLimit", 1, "totalQuantity", 1)).as(admin().token()).send();
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        return api.post("/api/coupon-templates/" + templateId + "/claims", null).as(buyer.token()).send().at("/id");
    }

    /** The request succeeded with nothing to say (204). */
    protected static void assertNoContent(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }

    /** Places an order and waits until placement took its stock, coupon and points: the order awaits payment. */
    protected String placedOrder(User buyer, Map<String, Object> order) {
        LedgerClient.Response placed = api.post("/api/orders", order).as(buyer.token()).send();
        assertThat(placed.status()).as("placed, confirmed within the wait or not yet: " + placed).isIn(200, 201, 202);
        String orderId = placed.at("/orderId");
        awaitOrder(buyer, orderId, "PENDING_PAYMENT");
        return orderId;
    }

    /**
     * Places an order and answers its id at once ({@code Prefer: wait=0}): for an order the order views will
     * not show (poisoned), whose placement would otherwise wait out the whole outcome wait (20 s) for nothing.
     */
    protected String placedWithoutWaiting(User buyer, Map<String, Object> order) {
        LedgerClient.Response placed = api.post("/api/orders", order).as(buyer.token()).header("Prefer", "wait=0").send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(202);
        return placed.at("/orderId");
    }

    /**
     * Pays these orders through the (simulated) gateway without waiting for the outcome (the tests
     * act on the payment while it runs, and wait for what they expect); returns the pay order id.
     */
    protected String pay(User buyer, String payOrderId, String... orderIds) {
        LedgerClient.Response paid = api.post("/api/pay-orders", Map.of("payOrderId", payOrderId,
                "orderIds", List.of(orderIds), "method", "GATEWAY_CARD")).as(buyer.token()).header("Prefer", "wait=0").send();
        assertThat(paid.status()).as(paid.toString()).isIn(201, 202);
        return payOrderId;
    }

    /** Waits until the order's view is in this status, and returns it. */
    protected JsonNode awaitOrder(User reader, String orderId, String status) {
        return awaitOrder(reader, orderId, detail -> detail.at("/status").asText().equals(status));
    }

    /** Waits until the order's view meets the condition (the processes run asynchronously), and returns it. */
    protected JsonNode awaitOrder(User reader, String orderId, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.get("/api/orders/" + orderId).as(reader.token()).send(),
                        response -> response.status() == 200 && condition.test(response.json())).json();
    }

    /** Waits until the carrier has delivered the paid order, and returns its view. */
    protected JsonNode awaitDelivered(User reader, String orderId) {
        return awaitOrder(reader, orderId, detail -> detail.at("/fulfillmentStatus").asText().equals("F4_SUCCESS"));
    }

    /** The buyer confirms receipt of the delivered order, and the order completes (the seller is settled). */
    protected JsonNode confirmReceipt(User buyer, String orderId) {
        awaitDelivered(buyer, orderId);
        LedgerClient.Response confirmed = api.post("/api/orders/" + orderId + "/receipt", null).as(buyer.token()).send();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        return awaitOrder(buyer, orderId, "COMPLETED");
    }

    /** What a stuck saga does: raises an intervention for its process instance; returns the intervention's id. */
    protected String raiseIntervention(InterventionProcess process, String reason, String detail) {
        String reference = process.name().toLowerCase() + "-" + UUID.randomUUID();
        InterventionId id = InterventionId.of(process, reference);
        commandGateway.sendAndWait(new RaiseInterventionCommand(id, process, reference, reason, detail, Instant.now()));
        return id.value();
    }

    protected void moveProduct(User actor, String productId, String transition) {
        LedgerClient.Response moved = api.post("/api/products/" + productId + "/transitions",
                Map.of("transition", transition)).as(actor.token()).send();
        assertThat(moved.status()).as(transition + ": " + moved).isEqualTo(204);
    }

    /** One line of an order: this many units of the product's only SKU. */
    protected static Map<String, Object> line(String productId, int quantity) {
        return Map.of("productId", productId, "skuId", productId + "-sku", "quantity", quantity);
    }

    protected static Map<String, Object> orderOf(String orderId, String productId, int quantity) {
        Map<String, Object> order = new java.util.LinkedHashMap<>();
        if (orderId != null) {
            order.put("orderId", orderId);
        }
        order.put("lines", List.of(Map.of("productId", productId, "skuId", productId + "-sku", "quantity", quantity)));
        order.put("shippingAddress", Map.of("recipient", "Ann", "phone", "+86 138 0000 0000",
                "region", "Shanghai", "street", "1 Nanjing Rd", "postalCode", "200000"));
        return order;
    }
}
