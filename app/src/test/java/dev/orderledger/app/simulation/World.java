package dev.orderledger.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest.User;
import org.awaitility.core.ConditionTimeoutException;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * One run of a history: its fresh ids (every id it chooses starts with {@link #tag}), the users,
 * products, orders, pay orders and refunds it made so far (by their number in the history), what it
 * received into stock, and the violations found along the way. Also the few ways it talks to the
 * ledger: a call whose answer is recorded, and a wait on an order's view that never throws.
 */
final class World {

    static final String CURRENCY = "CNY";
    static final Duration STEP_WAIT = Duration.ofSeconds(8);

    record Product(String id, int seller, boolean virtual, List<String> skus) {
    }

    record Order(String id, int buyer, int seller, boolean virtual) {
    }

    record PayOrder(String id, int buyer, List<String> orderIds, String method, Misbehaviour.Gateway gateway, BigDecimal cash) {
    }

    record Refund(String id, int order, Misbehaviour.Gateway gateway) {
    }

    final SimulationContext ctx;
    final long seed;
    final String tag;
    final Map<Integer, User> buyers = new TreeMap<>();
    final Map<Integer, User> sellers = new TreeMap<>();
    final Map<Integer, Product> products = new TreeMap<>();
    final Map<Integer, Order> orders = new TreeMap<>();
    final Map<Integer, PayOrder> payOrders = new TreeMap<>();
    final Map<Integer, Refund> refunds = new TreeMap<>();
    /** Per SKU ({@code productId/skuId}): the units the ledger accepted in receipts and adjustments. */
    final Map<String, Long> stockIn = new TreeMap<>();
    final List<String> fundings = new ArrayList<>();
    final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());
    /** The numbers, in the generated history, of the actions skipped for want of their subject. */
    final Set<Integer> skipped = new TreeSet<>();
    /** The number, in the generated history, of the action being played. */
    int step;

    World(SimulationContext ctx, long seed, int attempt) {
        this.ctx = ctx;
        this.seed = seed;
        this.tag = ctx.prefix() + "s" + seed + "a" + String.format("%03d", attempt);
    }

    User buyer(int index) {
        return buyers.computeIfAbsent(index, any -> register("BUYER"));
    }

    User seller(int index) {
        return sellers.computeIfAbsent(index, any -> register("SELLER"));
    }

    private User register(String accountType) {
        long started = System.nanoTime();
        User user = ctx.register().apply(accountType);
        ctx.tally().played("(registering users)", System.nanoTime() - started);
        return user;
    }

    String admin() {
        return ctx.adminToken();
    }

    LedgerClient api() {
        return ctx.api();
    }

    void violated(String check, String detail) {
        violations.add(new Violation(check, detail));
    }

    /**
     * Sends a request and records its answer: a 4xx is a refusal (the history asked something the
     * ledger may refuse), a 5xx or no answer breaks the rule that nothing a client sends reaches a server error.
     */
    LedgerClient.Response call(String what, LedgerClient.Request request) {
        LedgerClient.Response response;
        try {
            response = request.send();
        } catch (UncheckedIOException noAnswer) {
            violated("HTTP", what + ": no answer (" + noAnswer.getMessage() + ")");
            return null;
        }
        if (response.status() >= 500) {
            violated("HTTP", what + " answered " + response);
        } else if (response.status() >= 400) {
            ctx.tally().refused.incrementAndGet();
            String type = response.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                violated("HTTP", what + " answered " + response.status() + " without a problem detail: " + type);
            }
        }
        return response;
    }

    static boolean ok(LedgerClient.Response response) {
        return response != null && response.status() / 100 == 2;
    }

    /** The order's view as an admin sees it, or null while the read model does not have it. */
    JsonNode view(String orderId) {
        LedgerClient.Response response = api().get("/api/orders/" + orderId).as(admin()).send();
        return response.status() == 200 ? response.json() : null;
    }

    /** Waits (up to {@link #STEP_WAIT}) until the order's view meets the condition; returns the last view seen, maybe null. */
    JsonNode awaitView(String orderId, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        try {
            await().atMost(STEP_WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
                last[0] = view(orderId);
                return last[0] != null && condition.test(last[0]);
            });
        } catch (ConditionTimeoutException gaveUp) {
            // the actor goes on anyway; whether the order is stuck is for the invariants to say
        }
        return last[0];
    }

    /** Plants a partner's behaviour for one request (as an admin: the simulators' controls are theirs). */
    void plant(String partner, String key, Map<String, Object> scenario) {
        if (scenario == null) {
            return;
        }
        LedgerClient.Response planted = call("plant " + partner + " scenario " + key,
                api().put("/simulator/" + partner + "/scenarios/" + key, scenario).as(admin()));
        if (ok(planted)) {
            ctx.tally().misbehaviours.incrementAndGet();
        } else {
            violated("SIMULATOR", "the " + partner + " did not take scenario " + scenario + " for " + key + ": " + planted);
        }
    }

    /** Every account of the history's users: wallets and coins of buyers, sellers' accounts. */
    List<String> ownAccounts() {
        List<String> accounts = new ArrayList<>();
        buyers.values().forEach(buyer -> {
            accounts.add("buyer-wallet:" + buyer.userId());
            accounts.add("buyer-coins:" + buyer.userId());
        });
        sellers.values().forEach(seller -> accounts.add("seller:" + seller.userId()));
        return accounts;
    }

    /** The ids under which the history's processes would file an intervention. */
    List<String> interventionIds() {
        List<String> ids = new ArrayList<>();
        orders.values().forEach(order -> {
            ids.add("placement:" + order.id());
            ids.add("fulfillment:" + order.id());
            ids.add("refund:ff-" + order.id());
        });
        payOrders.values().forEach(payOrder -> ids.add("payment:" + payOrder.id()));
        refunds.values().forEach(refund -> ids.add("refund:" + refund.id()));
        return ids;
    }

    /** Every reference the history's money can be recorded under: its orders, pay orders, and its own tag (fundings). */
    List<String> references() {
        List<String> references = new ArrayList<>(List.of(tag));
        orders.values().forEach(order -> references.add(order.id()));
        payOrders.values().forEach(payOrder -> references.add(payOrder.id()));
        return references;
    }

    static BigDecimal money(JsonNode amount) {
        return amount == null || amount.isMissingNode() || amount.isNull() ? BigDecimal.ZERO
                : new BigDecimal(amount.at("/amount").asText("0"));
    }

    static Map<String, Object> money(BigDecimal amount) {
        return Map.of("amount", amount.setScale(2).toPlainString(), "currency", CURRENCY);
    }

    static BigDecimal minor(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
