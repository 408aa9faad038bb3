package placement;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import placement.Api.NoAnswer;
import placement.Api.Reply;
import placement.Json.Raw;

/** Set-up, not timed: the admin's login, a seller, buyers, and products on shelf. Names carry a run id. */
final class Setup {

    static final long PLENTY = 100_000_000L;

    record Sku(String productId, String skuId) {
    }

    record Buyer(int index, String token) {
    }

    static final class SetupFailure extends RuntimeException {
        SetupFailure(String message) {
            super(message);
        }
    }

    final Api api;
    final String run = Long.toString(System.currentTimeMillis(), 36) + Integer.toString(ThreadLocalRandom.current().nextInt(1296), 36);
    final String password = "bench-Pass-" + run + "-9";
    String admin;
    String seller;
    String sellerId;

    Setup(Api api) {
        this.api = api;
    }

    void loginAdminAndSeller(Options o) throws NoAnswer {
        admin = login(o.adminEmail, o.adminPassword).token;
        String email = "seller-" + run + "@bench.local";
        register(email, "Bench seller", "SELLER");
        Login s = login(email, password);
        seller = s.token;
        sellerId = s.userId;
    }

    List<Buyer> buyers(int count) throws Exception {
        List<Callable<Buyer>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            tasks.add(() -> {
                String email = "buyer-" + run + "-" + index + "@bench.local";
                register(email, "Bench buyer " + index, "BUYER");
                return new Buyer(index, login(email, password).token);
            });
        }
        return inParallel(8, tasks);
    }

    List<Sku> products(int count) throws Exception {
        List<Callable<Sku>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String productId = "bench-" + run + "-" + i;
            tasks.add(() -> product(productId, "Bench item " + productId, PLENTY));
        }
        return inParallel(8, tasks);
    }

    record Login(String token, String userId) {
    }

    Login login(String login, String password) throws NoAnswer {
        Reply r = expect(api.post("/api/auth/login", null, Json.object("login", login, "password", password)),
                "login as " + login, 200);
        String token = Json.field(r.body(), "accessToken");
        if (token == null) {
            throw new SetupFailure("login as " + login + ": no accessToken in " + Json.brief(r.body()));
        }
        return new Login(token, Json.field(r.body(), "userId"));
    }

    private void register(String email, String nickname, String type) throws NoAnswer {
        expect(api.post("/api/auth/register", null, Json.object("email", email, "password", password, "nickname", nickname,
                "accountType", type)), "register " + email, 201);
    }

    /** One product with one SKU at 12.50 and {@code units} in stock, on shelf. */
    Sku product(String productId, String name, long units) throws NoAnswer {
        String skuId = productId + "-s1";
        String attr = Json.object("attributeName", "size", "value", "M");
        String sku = Json.object("skuId", skuId, "skuName", "Bench item M", "price", new Raw("12.50"),
                "salesAttributes", List.of(new Raw(attr)));
        String body = Json.object("productId", productId,
                "spu", new Raw(Json.object("name", name, "description", "A product for the placement benchmark")),
                "skus", List.of(new Raw(sku)));
        expect(api.post("/api/products", seller, body), "create product " + productId, 201);
        expect(api.post("/api/inventory/" + productId + "/" + skuId + "/receipts", seller,
                        Json.object("quantity", units, "reference", "bench-stock")),
                "receive stock for " + productId, 200, 201, 204);
        String[][] steps = {{seller, "SUBMIT_FOR_AUDIT"}, {admin, "APPROVE"}, {seller, "PUT_ON_SHELF"}};
        for (String[] step : steps) {
            expect(api.post("/api/products/" + productId + "/transitions", step[0], Json.object("transition", step[1])),
                    step[1] + " " + productId, 200, 204);
        }
        return new Sku(productId, skuId);
    }

    static Reply expect(Reply r, String what, int... ok) {
        for (int s : ok) {
            if (r.status() == s) {
                return r;
            }
        }
        throw new SetupFailure(what + ": HTTP " + r.status() + " " + Json.brief(r.body()));
    }

    /** Runs the tasks on a few threads and returns their results in order; the first failure fails set-up. */
    static <T> List<T> inParallel(int threads, List<Callable<T>> tasks) throws Exception {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())));
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
