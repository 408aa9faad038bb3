package dev.orderledger.app.simulation;

import dev.orderledger.app.support.LedgerClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refunds and the manual queue, played over HTTP: a buyer (or an admin) asks for a refund once the
 * order is paid, the seller decides and receives the goods back, the buyer sends them, an admin
 * arbitrates and retries or resolves what processes parked.
 */
final class RefundActions {

    private RefundActions() {
    }

    static boolean request(World world, Action.RequestRefund action) {
        World.Order order = world.orders.get(action.order());
        if (order == null) {
            return false;
        }
        world.awaitView(order.id(), OrderStates::paidOrSettled);
        String refundId = world.tag + "-r" + action.refund();
        world.plant("gateway", refundId, action.gateway().scenario(BigDecimal.ZERO, World.CURRENCY));
        Map<String, Object> refund = new LinkedHashMap<>();
        refund.put("refundId", refundId);
        if (action.lineNo() != null) {
            refund.put("lineNo", action.lineNo());
            refund.put("quantity", action.quantity());
        }
        refund.put("withReturn", action.withReturn());
        refund.put("reason", "simulated");
        LedgerClient.Response requested = action.byAdmin()
                ? world.call("open refund " + refundId, world.api().post("/api/admin/orders/" + order.id() + "/refunds",
                        Map.of("kind", "ADMIN", "refund", refund)).as(world.admin()))
                : world.call("ask refund " + refundId, world.api().post("/api/orders/" + order.id() + "/refunds", refund)
                        .as(world.buyer(order.buyer()).token()));
        if (World.ok(requested)) {
            world.refunds.put(action.refund(), new World.Refund(refundId, action.order(), action.gateway()));
            world.ctx.tally().refunds.incrementAndGet();
        }
        return true;
    }

    static boolean decide(World world, Action.Decide action) {
        return onRefund(world, action.refund(), "decision", Map.of("approve", action.approve(), "reason", "simulated"), true);
    }

    static boolean shipReturn(World world, Action.ShipReturn action) {
        World.Refund refund = world.refunds.get(action.refund());
        if (refund == null) {
            return false;
        }
        World.Order order = world.orders.get(refund.order());
        world.call("send back " + refund.id(), world.api().post("/api/refunds/" + refund.id() + "/return-shipment",
                Map.of("carrier", "SF", "trackingNumber", world.tag + "R" + world.step)).as(world.buyer(order.buyer()).token()));
        return true;
    }

    static boolean receiveReturn(World world, Action.ReceiveReturn action) {
        return onRefund(world, action.refund(), "return-receipt", Map.of("received", action.received(), "reason", "simulated"),
                true);
    }

    static boolean arbitrate(World world, Action.Arbitrate action) {
        return onRefund(world, action.refund(), "arbitration", Map.of("approve", action.approve(), "reason", "simulated"),
                false);
    }

    /**
     * An admin looks at the history's entries in the queue (by the id each process files them under),
     * takes one that is not resolved, and asks its process to retry it or closes it by hand.
     */
    static boolean intervene(World world, Action.Intervene action) {
        List<String> open = new ArrayList<>();
        for (String id : world.interventionIds()) {
            LedgerClient.Response entry = world.api().get("/api/admin/interventions/" + id).as(world.admin()).send();
            if (entry.status() == 200 && !entry.at("/status").equals("RESOLVED")) {
                open.add(id);
            }
        }
        if (open.isEmpty()) {
            return false;
        }
        String chosen = open.get(action.pick() % open.size());
        world.call((action.retry() ? "retry " : "resolve ") + chosen, action.retry()
                ? world.api().post("/api/admin/interventions/" + chosen + "/retry", null).as(world.admin())
                : world.api().post("/api/admin/interventions/" + chosen + "/resolution",
                        Map.of("note", "settled by hand (simulated)")).as(world.admin()));
        return true;
    }

    private static boolean onRefund(World world, int index, String step, Map<String, Object> body, boolean bySeller) {
        World.Refund refund = world.refunds.get(index);
        if (refund == null) {
            return false;
        }
        World.Order order = world.orders.get(refund.order());
        String token = bySeller ? world.seller(order.seller()).token() : world.admin();
        String path = (bySeller ? "/api/refunds/" : "/api/admin/refunds/") + refund.id() + "/" + step;
        world.call(step + " of " + refund.id(), world.api().post(path, body).as(token));
        return true;
    }
}
