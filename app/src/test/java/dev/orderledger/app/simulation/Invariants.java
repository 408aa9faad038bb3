package dev.orderledger.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.app.support.LedgerClient;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The invariants of a settled history about its orders and goods, read from the orders' views and
 * the event store: nothing stuck outside the intervention queue, no step parked as failed, every
 * order where the state machines allow it to be (and paid exactly once when it is paid), refunds
 * within what each line paid, and stock conserved per SKU, with exactly the units of unpaid orders held.
 */
final class Invariants {

    /** The order status changes the state machine allows (presale aside: histories have none). */
    private static final Map<String, Set<String>> ORDER_MOVES = Map.of(
            "CREATED", Set.of("PENDING_PAYMENT", "CANCELLED"),
            "PENDING_PAYMENT", Set.of("PAID", "CANCELLED"),
            "PAID", Set.of("FULFILLING", "CLOSED"),
            "FULFILLING", Set.of("COMPLETED", "CLOSED"),
            "COMPLETED", Set.of("CLOSED"));
    private static final Set<String> PAID = Set.of("PAID", "FULFILLING", "COMPLETED", "CLOSED");
    private static final Set<String> HOLDING_STOCK = Set.of("CREATED", "PENDING_PAYMENT");

    private Invariants() {
    }

    static void check(World world, Settling.Rest rest) {
        rest.stuck().forEach(unrest -> world.violated("STUCK", unrest.what() + ", and " + unrest.interventionId()
                + " is not in the intervention queue"));
        noFailedSteps(world);
        count(world);
        rest.views().forEach((orderId, view) -> {
            if (view != null) {
                orderState(world, view, rest.settled());
                refundLimits(world, view);
            }
        });
        stock(world, rest.views(), rest.settled());
    }

    /**
     * No process of the history parked a step because it failed ({@code STEP_FAILED}, the error handler's
     * last resort for technical failures): what the history does (races between actors, partners that
     * misbehave) is business the processes must handle, and the simulation injects no technical failure.
     */
    private static void noFailedSteps(World world) {
        count(world);
        for (String id : world.interventionIds()) {
            LedgerClient.Response entry = world.api().get("/api/admin/interventions/" + id).as(world.admin()).send();
            if (entry.status() == 200 && entry.at("/reason").equals("STEP_FAILED")) {
                String detail = entry.at("/detail");
                world.violated("STEP_FAILED", id + " was parked: " + detail.substring(0, Math.min(detail.length(), 300)));
            }
        }
    }

    private static void count(World world) {
        world.ctx.tally().checks.incrementAndGet();
    }

    /** @param settled whether the processes settled: only then must a paid order show its payment (and only one) */
    private static void orderState(World world, JsonNode view, boolean settled) {
        count(world);
        String orderId = view.at("/orderId").asText();
        String status = OrderStates.status(view);
        String previous = null;
        for (JsonNode entry : view.at("/timeline")) {
            String recorded = entry.at("/status").asText();
            // the timeline records the fulfillment's first step, F1, where the order becomes FULFILLING
            String reached = recorded.equals("F1_PENDING") ? "FULFILLING" : recorded;
            if (!entry.at("/source").asText().equals("ORDER") || !isOrderStatus(reached) || reached.equals(previous)) {
                continue;
            }
            if (previous != null && !ORDER_MOVES.getOrDefault(previous, Set.of()).contains(reached)) {
                world.violated("ORDER_STATE", "order " + orderId + " went from " + previous + " to " + reached);
            }
            previous = reached;
        }
        long keptPayments = 0;
        for (JsonNode payment : view.at("/payments")) {
            if (payment.at("/status").asText().equals("P8_SUCCESS") && !OrderStates.returned(payment, orderId)) {
                keptPayments++;
            }
        }
        long expected = PAID.contains(status) ? 1 : 0;
        if (settled && keptPayments != expected) {
            world.violated("ORDER_STATE", "order " + orderId + " is " + status + " and " + keptPayments
                    + " successful payments of it were kept");
        }
        String fulfillment = view.at("/fulfillmentStatus").asText();
        boolean handedOver = fulfillment.equals("F4_SUCCESS") || view.at("/shipping/version").asLong() > 0;
        if (status.equals("COMPLETED") && !handedOver) {
            world.violated("ORDER_STATE", "order " + orderId + " completed in " + fulfillment + " without being shipped");
        }
        if (status.equals("CLOSED")) {
            Map<Integer, Long> refunded = refundedUnits(view, true);
            for (JsonNode line : view.at("/lines")) {
                if (refunded.getOrDefault(line.at("/lineNo").asInt(), 0L) != line.at("/quantity").asLong()) {
                    world.violated("ORDER_STATE", "order " + orderId + " is closed but line " + line.at("/lineNo").asInt()
                            + " was not refunded in full");
                }
            }
        }
    }

    private static boolean isOrderStatus(String status) {
        return ORDER_MOVES.containsKey(status) || status.equals("CANCELLED") || status.equals("CLOSED");
    }

    /** Units per line taken by refunds (all that still stand, or only the completed ones). */
    private static Map<Integer, Long> refundedUnits(JsonNode view, boolean completedOnly) {
        Map<Integer, Long> units = new HashMap<>();
        for (JsonNode refund : view.at("/refunds")) {
            String status = refund.at("/status").asText();
            if (status.equals("CLOSED") || (completedOnly && !status.equals("COMPLETED"))) {
                continue;
            }
            for (JsonNode line : refund.at("/lines")) {
                units.merge(line.at("/lineNo").asInt(), line.at("/quantity").asLong(), Long::sum);
            }
        }
        return units;
    }

    private static void refundLimits(World world, JsonNode view) {
        count(world);
        String orderId = view.at("/orderId").asText();
        Map<Integer, Long> units = refundedUnits(view, false);
        Map<Integer, BigDecimal> amounts = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode refund : view.at("/refunds")) {
            BigDecimal amount = World.money(refund.at("/amount"));
            BigDecimal funded = World.money(refund.at("/funding/cash")).add(World.money(refund.at("/funding/coins")))
                    .add(World.money(refund.at("/funding/voucher")));
            if (funded.compareTo(amount) != 0) {
                world.violated("REFUND_LIMIT", "refund " + refund.at("/refundId").asText() + " of " + amount
                        + " is funded " + funded);
            }
            if (!refund.at("/status").asText().equals("CLOSED")) {
                total = total.add(amount);
                refund.at("/lines").forEach(line -> amounts.merge(line.at("/lineNo").asInt(), World.money(line.at("/amount")),
                        BigDecimal::add));
            }
        }
        for (JsonNode line : view.at("/lines")) {
            int lineNo = line.at("/lineNo").asInt();
            if (units.getOrDefault(lineNo, 0L) > line.at("/quantity").asLong()
                    || amounts.getOrDefault(lineNo, BigDecimal.ZERO).compareTo(World.money(line.at("/payable"))) > 0) {
                world.violated("REFUND_LIMIT", "line " + lineNo + " of order " + orderId + " sold " + line.at("/quantity").asLong()
                        + " for " + World.money(line.at("/payable")) + " and refunds take " + units.getOrDefault(lineNo, 0L)
                        + " for " + amounts.getOrDefault(lineNo, BigDecimal.ZERO));
            }
        }
        BigDecimal payable = World.money(view.at("/payableAmount"));
        if (total.compareTo(payable) > 0 || World.money(view.at("/refundedAmount")).compareTo(payable) > 0) {
            world.violated("REFUND_LIMIT", "order " + orderId + " was due " + payable + " and its refunds take " + total
                    + " (refunded so far " + World.money(view.at("/refundedAmount")) + ")");
        }
    }

    /**
     * Per SKU: nothing negative, on hand + reserved + sold = what was received and adjusted, and (once the
     * processes settled) reserved = what unpaid orders hold.
     */
    private static void stock(World world, Map<String, JsonNode> views, boolean settled) {
        Map<String, Long> held = new HashMap<>();
        views.values().stream().filter(view -> view != null && HOLDING_STOCK.contains(OrderStates.status(view)))
                .forEach(view -> view.at("/lines").forEach(line -> held.merge(line.at("/productId").asText() + "/"
                        + line.at("/skuId").asText(), line.at("/quantity").asLong(), Long::sum)));
        for (World.Product product : world.products.values()) {
            if (product.virtual()) {
                continue;
            }
            for (String skuId : product.skus()) {
                count(world);
                String sku = product.id() + "/" + skuId;
                StockLevels levels = world.ctx.facts().stockOf(product.id(), skuId);
                long in = world.stockIn.getOrDefault(sku, 0L);
                if (levels.available() < 0 || levels.reserved() < 0 || levels.sold() < 0 || levels.total() != in
                        || (settled && levels.reserved() != held.getOrDefault(sku, 0L))) {
                    world.violated("STOCK", "SKU " + sku + " received " + in + ", unpaid orders hold "
                            + held.getOrDefault(sku, 0L) + ", and the store says " + levels);
                }
            }
        }
    }
}
