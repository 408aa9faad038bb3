package dev.orderledger.app.simulation;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest.User;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What sellers do with their products and stock, and what admins do to fund buyers, played over HTTP. */
final class ShopActions {

    private ShopActions() {
    }

    static boolean newProduct(World world, Action.NewProduct action) {
        User seller = world.seller(action.seller());
        String productId = world.tag + "-p" + action.product();
        List<Map<String, Object>> skus = new ArrayList<>();
        List<String> skuIds = new ArrayList<>();
        for (int i = 0; i < action.prices().size(); i++) {
            String skuId = productId + "-s" + i;
            skuIds.add(skuId);
            skus.add(Map.of("skuId", skuId, "skuName", "variant " + i, "price", World.minor(action.prices().get(i)).toPlainString(),
                    "stock", action.stock().get(i),
                    "salesAttributes", List.of(Map.of("attributeName", "colour", "value", "colour " + i))));
        }
        LedgerClient.Response created = world.call("create product " + productId, world.api().post("/api/products", Map.of(
                "productId", productId, "type", action.virtual() ? "VIRTUAL" : "PHYSICAL",
                "spu", Map.of("name", "Simulated " + productId, "description", "seed " + world.seed),
                "skus", skus)).as(seller.token()));
        if (!World.ok(created)) {
            return true;
        }
        World.Product product = new World.Product(productId, action.seller(), action.virtual(), List.copyOf(skuIds));
        world.products.put(action.product(), product);
        for (int i = 0; i < skuIds.size(); i++) {
            world.stockIn.merge(productId + "/" + skuIds.get(i), (long) action.stock().get(i), Long::sum);
        }
        transition(world, product, seller.token(), "SUBMIT_FOR_AUDIT");
        transition(world, product, world.admin(), "APPROVE");
        transition(world, product, seller.token(), "PUT_ON_SHELF");
        return true;
    }

    static boolean receiveStock(World world, Action.ReceiveStock action) {
        String sku = sku(world, action.product(), action.sku());
        if (sku == null) {
            return false;
        }
        LedgerClient.Response received = world.call("receive stock of " + sku, world.api().post("/api/inventory/" + sku + "/receipts",
                Map.of("quantity", action.quantity(), "reference", world.tag + "-in" + world.step))
                .as(sellerOf(world, action.product())));
        if (World.ok(received)) {
            world.stockIn.merge(sku, (long) action.quantity(), Long::sum);
        }
        return true;
    }

    static boolean adjustStock(World world, Action.AdjustStock action) {
        String sku = sku(world, action.product(), action.sku());
        if (sku == null) {
            return false;
        }
        LedgerClient.Response adjusted = world.call("adjust stock of " + sku, world.api().post("/api/inventory/" + sku + "/adjustments",
                Map.of("delta", action.delta(), "reason", "stocktake")).as(sellerOf(world, action.product())));
        if (World.ok(adjusted)) {
            world.stockIn.merge(sku, (long) action.delta(), Long::sum);
        }
        return true;
    }

    static boolean changePrice(World world, Action.ChangePrice action) {
        String sku = sku(world, action.product(), action.sku());
        if (sku == null) {
            return false;
        }
        world.call("change the price of " + sku, world.api().put("/api/products/" + sku.replace("/", "/skus/") + "/price",
                Map.of("price", World.money(World.minor(action.price())))).as(sellerOf(world, action.product())));
        return true;
    }

    static boolean shelve(World world, Action.Shelve action) {
        World.Product product = world.products.get(action.product());
        if (product == null) {
            return false;
        }
        transition(world, product, sellerOf(world, action.product()), action.onShelf() ? "PUT_ON_SHELF" : "TAKE_OFF_SHELF");
        return true;
    }

    static boolean fund(World world, Action.Fund action) {
        int step = world.step;
        User buyer = world.buyer(action.buyer());
        String transferId = world.tag + "-f" + step;
        LedgerClient.Response funded = world.call("fund " + transferId, world.api().post("/api/admin/transfers", Map.of(
                "transferId", transferId, "from", "platform-marketing:" + (step % 16),
                "to", (action.coins() ? "buyer-coins:" : "buyer-wallet:") + buyer.userId(),
                "amount", World.money(World.minor(action.amount())), "orderReference", world.tag,
                "memo", "simulated top-up")).as(world.admin()));
        if (World.ok(funded)) {
            world.fundings.add(transferId);
        }
        return true;
    }

    private static void transition(World world, World.Product product, String token, String transition) {
        world.call(transition + " " + product.id(), world.api().post("/api/products/" + product.id() + "/transitions",
                Map.of("transition", transition)).as(token));
    }

    /** {@code productId/skuId}, or null when the history has no such product. */
    private static String sku(World world, int product, int sku) {
        World.Product found = world.products.get(product);
        return found == null || sku >= found.skus().size() ? null : found.id() + "/" + found.skus().get(sku);
    }

    private static String sellerOf(World world, int product) {
        return world.seller(world.products.get(product).seller()).token();
    }
}
