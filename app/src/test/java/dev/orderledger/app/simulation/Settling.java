package dev.orderledger.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.simulation.OrderStates.Unrest;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayStatus;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * Waits until a history's processes have nothing left to do by themselves: every order, pay order
 * and refund is final, waiting for a person, or parked in the manual intervention queue; the gateway
 * is not still working on one of its payments; every event processor has handled the history's last
 * event; and nothing the history can see (its orders' views, its aggregates' events) has changed for
 * {@link #QUIET}. What is still neither after {@code atMost} is stuck.
 */
final class Settling {

    static final Duration QUIET = Duration.ofMillis(400);
    private static final Duration POLL = Duration.ofMillis(150);

    /** The orders' views once at rest (by order id), and what was still moving or stuck, not in the queue, when given up on. */
    record Rest(Map<String, JsonNode> views, List<Unrest> stuck) {

        /** Everything came to rest: the checks that compare one part of the ledger with another can be made. */
        boolean settled() {
            return stuck.isEmpty();
        }
    }

    private Settling() {
    }

    static Rest settle(World world, Duration atMost) {
        Rest[] last = {new Rest(Map.of(), List.of())};
        String[] print = {""};
        long[] since = {System.nanoTime()};
        long[] lastPosition = {0};
        try {
            await().atMost(atMost).pollInterval(POLL).until(() -> {
                Map<String, JsonNode> views = views(world);
                List<Unrest> unrest = new ArrayList<>();
                views.forEach((orderId, view) -> unrest.addAll(view == null
                        ? List.of(new Unrest("placement:" + orderId, "order " + orderId + " has no view"))
                        : OrderStates.unrest(view)));
                unrest.addAll(partnerUnrest(world, views));
                List<Unrest> uncovered = unrest.stream().distinct().filter(item -> !parked(world, item)).toList();
                last[0] = new Rest(views, uncovered);
                Map<String, Object> events = world.ctx.jdbc().queryForMap("SELECT count(*) AS events,"
                        + " coalesce(max(globalindex), 0) AS last FROM domainevententry WHERE aggregateidentifier = ANY (?)",
                        (Object) aggregates(world).toArray(String[]::new));
                lastPosition[0] = ((Number) events.get("last")).longValue();
                String now = views + "|" + events;
                if (!now.equals(print[0])) {
                    print[0] = now;
                    since[0] = System.nanoTime();
                }
                return uncovered.isEmpty() && System.nanoTime() - since[0] >= QUIET.toNanos()
                        && world.ctx.processed().test(lastPosition[0]);
            });
        } catch (ConditionTimeoutException gaveUp) {
            return last[0];
        }
        return new Rest(last[0].views(), List.of());
    }

    private static Map<String, JsonNode> views(World world) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        world.orders.values().forEach(order -> views.put(order.id(), world.view(order.id())));
        return views;
    }

    /**
     * What the gateway's own books say is unfinished: a payment it is still working on, or one it took
     * (the amount asked) that the ledger has neither recorded as paid nor paid back.
     */
    private static List<Unrest> partnerUnrest(World world, Map<String, JsonNode> views) {
        List<Unrest> unrest = new ArrayList<>();
        for (World.PayOrder payOrder : world.payOrders.values()) {
            Optional<GatewayPayment> known = world.ctx.gateway().payment(payOrder.id());
            if (known.isEmpty()) {
                continue;
            }
            String intervention = "payment:" + payOrder.id();
            if (known.get().status() == GatewayStatus.PROCESSING) {
                unrest.add(new Unrest(intervention, "the gateway is still working on pay order " + payOrder.id()));
            } else if (known.get().status() == GatewayStatus.SUCCEEDED && !recorded(views, payOrder.id())) {
                unrest.add(new Unrest(intervention, "the gateway took " + known.get().amount() + " for pay order "
                        + payOrder.id() + " and the ledger shows neither the payment nor its return"));
            }
        }
        for (World.Refund refund : world.refunds.values()) {
            world.ctx.gateway().refund(refund.id()).filter(found -> found.status() == GatewayStatus.PROCESSING)
                    .ifPresent(found -> unrest.add(new Unrest("refund:" + refund.id(),
                            "the gateway is still paying refund " + refund.id())));
        }
        return unrest;
    }

    /** The pay order succeeded in the ledger, or the money the gateway took after it ended was paid back. */
    private static boolean recorded(Map<String, JsonNode> views, String payOrderId) {
        for (JsonNode view : views.values()) {
            for (JsonNode payment : view == null ? List.<JsonNode>of() : (Iterable<JsonNode>) view.at("/payments")) {
                if (!payment.at("/payOrderId").asText().equals(payOrderId)) {
                    continue;
                }
                if (payment.at("/status").asText().equals("P8_SUCCESS")) {
                    return true;
                }
                for (JsonNode back : payment.at("/returns")) {
                    if (back.at("/orderId").isNull() || back.at("/orderId").isMissingNode()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** In the queue: an entry not resolved yet, or one a person resolved by hand (not the process itself). */
    static boolean parked(World world, Unrest unrest) {
        LedgerClient.Response entry = world.api().get("/api/admin/interventions/" + unrest.interventionId()).as(world.admin()).send();
        return entry.status() == 200 && (!entry.at("/status").equals("RESOLVED") || !entry.at("/resolvedBy").equals("ledger"));
    }

    /** The aggregates a history changes: its users' accounts, its SKUs, orders, pay orders and refunds. */
    private static List<String> aggregates(World world) {
        List<String> aggregates = new ArrayList<>(world.ownAccounts());
        world.products.values().forEach(product -> product.skus().forEach(sku -> aggregates.add(product.id() + "/" + sku)));
        world.orders.values().forEach(order -> {
            aggregates.add(order.id());
            aggregates.add("ff-" + order.id());
        });
        world.payOrders.values().forEach(payOrder -> aggregates.add(payOrder.id()));
        world.refunds.values().forEach(refund -> aggregates.add(refund.id()));
        return aggregates;
    }
}
