package dev.orderledger.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest.User;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What buyers and sellers do with orders, played over HTTP the way a storefront would: place and wait
 * for the placement, pay (planting the gateway's behaviour for that payment first), cancel, ship,
 * confirm receipt. An actor who needs the order to have moved on first waits for it, a bounded time.
 */
final class OrderActions {

    private static final Map<String, Object> ADDRESS = Map.of("recipient", "Sim", "phone", "+86 138 0000 0000",
            "region", "Shanghai", "street", "1 Nanjing Rd", "postalCode", "200000");

    private OrderActions() {
    }

    static boolean place(World world, Action.Place action) {
        List<Map<String, Object>> lines = new ArrayList<>();
        World.Product first = null;
        for (Action.Line line : action.lines()) {
            World.Product product = world.products.get(line.product());
            if (product == null || line.sku() >= product.skus().size()) {
                return false;
            }
            first = first == null ? product : first;
            lines.add(Map.of("productId", product.id(), "skuId", product.skus().get(line.sku()), "quantity", line.quantity()));
        }
        User buyer = world.buyer(action.buyer());
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("lines", lines);
        if (!first.virtual()) {
            order.put("shippingAddress", ADDRESS);
        }
        LedgerClient.Response placed = world.call("place order " + action.order(),
                world.api().post("/api/orders", order).as(buyer.token()));
        // placement refused (422) still recorded the order, cancelled with its reason: the world keeps it
        boolean refused = placed != null && placed.status() == 422 && !placed.at("/orderId").isEmpty();
        if (!World.ok(placed) && !refused) {
            return true;
        }
        String orderId = placed.at("/orderId");
        world.orders.put(action.order(), new World.Order(orderId, action.buyer(), first.seller(), first.virtual()));
        world.ctx.tally().orders.incrementAndGet();
        world.plant("carrier", "ful-" + orderId, action.carrier().scenario());
        world.awaitView(orderId, view -> !OrderStates.status(view).equals("CREATED"));
        return true;
    }

    static boolean pay(World world, Action.Pay action) {
        List<String> orderIds = action.orders().stream().map(world.orders::get).filter(Objects::nonNull)
                .map(World.Order::id).toList();
        if (orderIds.isEmpty()) {
            return false;
        }
        long due = 0;
        for (String orderId : orderIds) {
            JsonNode view = world.view(orderId);
            due += view == null ? 0 : World.money(view.at("/payableAmount")).movePointRight(2).longValueExact();
        }
        long coins = action.coins().of(due);
        long voucher = action.voucher().of(due - coins);
        BigDecimal cash = World.minor(due - coins - voucher);
        String payOrderId = world.tag + "-q" + action.payOrder();
        if (action.method().equals("GATEWAY_CARD") && cash.signum() > 0) {
            world.plant("gateway", payOrderId, action.gateway().scenario(cash, World.CURRENCY));
            // the gateway refund ids the payment process gives its returns: after a late success, or to an order
            world.plant("gateway", "ret-" + payOrderId + "-late", action.returns().scenario(cash, World.CURRENCY));
            for (String orderId : orderIds) {
                world.plant("gateway", "ret-" + payOrderId + "-order-" + orderId, action.returns().scenario(cash, World.CURRENCY));
            }
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("payOrderId", payOrderId);
        request.put("orderIds", orderIds);
        request.put("method", action.method());
        if (coins > 0) {
            request.put("coinAmount", World.money(World.minor(coins)));
        }
        if (voucher > 0) {
            request.put("voucherAmount", World.money(World.minor(voucher)));
        }
        LedgerClient.Response paid = world.call("pay " + payOrderId, world.api().post("/api/pay-orders", request)
                .as(world.buyer(action.buyer()).token()));
        if (World.ok(paid)) {
            world.payOrders.put(action.payOrder(), new World.PayOrder(payOrderId, action.buyer(), orderIds, action.method(),
                    action.gateway(), cash));
            world.ctx.tally().payOrders.incrementAndGet();
        }
        return true;
    }

    static boolean cancel(World world, Action.Cancel action) {
        World.Order order = world.orders.get(action.order());
        if (order == null) {
            return false;
        }
        String token = action.byAdmin() ? world.admin() : world.buyer(order.buyer()).token();
        world.call("cancel " + order.id(), world.api().post("/api/orders/" + order.id() + "/cancellation",
                action.byAdmin() ? Map.of("reason", "CUSTOMER_SERVICE") : null).as(token));
        return true;
    }

    /** Once the order is paid, its seller ships it by hand, or corrects the tracking number with the version it sees. */
    static boolean ship(World world, Action.Ship action) {
        World.Order order = world.orders.get(action.order());
        if (order == null) {
            return false;
        }
        JsonNode view = world.awaitView(order.id(), OrderStates::paidOrSettled);
        String token = world.seller(order.seller()).token();
        String tracking = world.tag + "T" + world.step;
        long version = view == null ? 0 : view.at("/shipping/version").asLong();
        if (version == 0) {
            world.call("ship " + order.id(), world.api().post("/api/orders/" + order.id() + "/shipment",
                    Map.of("carrier", "SF", "trackingNumber", tracking)).as(token));
        } else {
            world.call("correct the tracking number of " + order.id(), world.api().put("/api/orders/" + order.id()
                    + "/shipment/tracking", Map.of("carrier", "SF", "trackingNumber", tracking, "version", version)).as(token));
        }
        return true;
    }

    static boolean confirmReceipt(World world, Action.ConfirmReceipt action) {
        World.Order order = world.orders.get(action.order());
        if (order == null) {
            return false;
        }
        world.awaitView(order.id(), OrderStates::deliveredOrSettled);
        world.call("confirm receipt of " + order.id(), world.api().post("/api/orders/" + order.id() + "/receipt", null)
                .as(world.buyer(order.buyer()).token()));
        return true;
    }
}
