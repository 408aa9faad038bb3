import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives order placement and payment end to end over the ledger's HTTP API and reports latencies
 * and throughput. JDK only: run it with {@code java bench/PlacementBenchmark.java [options]}
 * against a running ledger (see bench/README.md). {@code --help} lists the options.
 */
public class PlacementBenchmark {

    static final Set<String> PAID_OR_LATER = Set.of("PAID", "FULFILLING", "COMPLETED");
    static final Set<String> DEAD_ENDS = Set.of("CANCELLED", "CLOSED");
    static final long STOCK_PER_SKU = 100_000_000L;

    // ---------------------------------------------------------------- options

    static final class Options {
        String url = "http://localhost:8080";
        int buyers = 32;
        int orders = 2000;
        int warmup = 200;
        String adminEmail = "admin@bench.local";
        String adminPassword = "bench-admin-secret-1";
        int products = 50;
        boolean pay = true;
        boolean reconcile = true;
        int timeoutSeconds = 60;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--help", "-h" -> {
                        usage();
                        System.exit(0);
                    }
                    case "--no-pay" -> o.pay = false;
                    case "--no-reconcile" -> o.reconcile = false;
                    case "--url", "--buyers", "--orders", "--warmup", "--admin-email", "--admin-password",
                            "--products", "--timeout-seconds" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                fail("missing value for " + arg);
                            }
                            value = args[++i];
                        }
                        switch (arg) {
                            case "--url" -> o.url = value.replaceAll("/+$", "");
                            case "--buyers" -> o.buyers = positive(arg, value, 1);
                            case "--orders" -> o.orders = positive(arg, value, 1);
                            case "--warmup" -> o.warmup = positive(arg, value, 0);
                            case "--admin-email" -> o.adminEmail = value;
                            case "--admin-password" -> o.adminPassword = value;
                            case "--products" -> o.products = positive(arg, value, 1);
                            case "--timeout-seconds" -> o.timeoutSeconds = positive(arg, value, 1);
                            default -> throw new IllegalStateException(arg);
                        }
                    }
                    default -> fail("unknown option " + arg + " (try --help)");
                }
            }
            return o;
        }

        private static int positive(String name, String value, int min) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n < min) {
                    fail(name + " must be at least " + min);
                }
                return n;
            } catch (NumberFormatException e) {
                fail(name + " needs a number, not " + value);
                return 0;
            }
        }

        static void usage() {
            System.out.println("""
                    usage: java bench/PlacementBenchmark.java [options]
                      --url URL               the ledger (default http://localhost:8080)
                      --buyers N              concurrent virtual buyers, one thread each (default 32)
                      --orders N              measured orders, all buyers together (default 2000)
                      --warmup N              orders run first and not measured (default 200)
                      --admin-email E         the bootstrap admin (default admin@bench.local)
                      --admin-password P      its password (default bench-admin-secret-1)
                      --products N            products on shelf, one SKU each (default 50)
                      --no-pay                placement only: stop at PENDING_PAYMENT
                      --no-reconcile          skip finance's replay and reconciliation after the run
                      --timeout-seconds N     per order and step: give up waiting after N s (default 60)
                    exit status: 0 when at most 1% of the measured orders failed and the books balance after the run, 1 otherwise, 2 when set-up failed""");
        }
    }

    static void fail(String message) {
        System.err.println("PlacementBenchmark: " + message);
        System.exit(2);
    }

    // ---------------------------------------------------------------- HTTP and JSON

    /** An answer; {@code consistencyToken} is the write's X-Consistency-Token, if any. */
    record Reply(int status, String body, String consistencyToken) {
    }

    /** A request that did not get an HTTP answer (connection refused, reset, timed out). */
    static final class NoAnswer extends Exception {
        final String kind;

        NoAnswer(String kind, Throwable cause) {
            super(kind, cause);
            this.kind = kind;
        }
    }

    static final class Api {
        final HttpClient client;
        final String base;
        final Duration requestTimeout;

        Api(String base, Duration requestTimeout) {
            this.base = base;
            this.requestTimeout = requestTimeout;
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        Reply post(String path, String token, String json) throws NoAnswer {
            HttpRequest.Builder b = request(path, token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            return send(b.build());
        }

        Reply get(String path, String token) throws NoAnswer {
            return send(request(path, token).GET().build());
        }

        /** A read that waits until the order view has seen the write that answered with this consistency token. */
        Reply getConsistentWith(String path, String token, String consistencyToken) throws NoAnswer {
            return send(request(path, token).header("X-Consistency-Token", consistencyToken).GET().build());
        }

        private HttpRequest.Builder request(String path, String token) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(requestTimeout)
                    .header("Accept", "application/json, application/problem+json, text/plain");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return b;
        }

        private Reply send(HttpRequest request) throws NoAnswer {
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.body(), r.headers().firstValue("X-Consistency-Token").orElse(null));
            } catch (HttpTimeoutException e) {
                throw new NoAnswer("HTTP request timed out", e);
            } catch (ConnectException e) {
                throw new NoAnswer("connection refused", e);
            } catch (IOException e) {
                throw new NoAnswer("I/O error: " + e.getClass().getSimpleName(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NoAnswer("interrupted", e);
            }
        }
    }

    /** Minimal JSON writing: values are strings, numbers, booleans, nested raw JSON, or lists of those. */
    static String json(Object... keysAndValues) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote((String) keysAndValues[i])).append(':');
            value(sb, keysAndValues[i + 1]);
        }
        return sb.append('}').toString();
    }

    record Raw(String json) {
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Raw raw) {
            sb.append(raw.json());
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                value(sb, list.get(i));
            }
            sb.append(']');
        } else {
            sb.append(quote(v.toString()));
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static final Map<String, Pattern> FIELD_PATTERNS = new ConcurrentHashMap<>();

    /**
     * The first value of a field named {@code key}, anywhere in the document: a string (unescaped
     * for the simple escapes), or a bare literal (number, true, false, null gives null). The
     * answers read here are small and flat; the first occurrence is the top-level one.
     */
    static String field(String body, String key) {
        if (body == null) {
            return null;
        }
        Pattern p = FIELD_PATTERNS.computeIfAbsent(key, k -> Pattern.compile(
                "\"" + Pattern.quote(k) + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([-+0-9.eE]+|true|false|null))"));
        Matcher m = p.matcher(body);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return m.group(1).replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
        }
        return "null".equals(m.group(2)) ? null : m.group(2);
    }

    static String brief(String body) {
        if (body == null) {
            return "";
        }
        String b = body.replaceAll("\\s+", " ").trim();
        return b.length() > 300 ? b.substring(0, 300) + "..." : b;
    }

    // ---------------------------------------------------------------- set-up

    record Sku(String productId, String skuId) {
    }

    static final class SetupFailure extends RuntimeException {
        SetupFailure(String message) {
            super(message);
        }
    }

    static Reply expect(Reply r, String what, int... ok) {
        for (int s : ok) {
            if (r.status() == s) {
                return r;
            }
        }
        throw new SetupFailure(what + ": HTTP " + r.status() + " " + brief(r.body()));
    }

    static String login(Api api, String login, String password) throws NoAnswer {
        Reply r = expect(api.post("/api/auth/login", null, json("login", login, "password", password)),
                "login as " + login, 200);
        String token = field(r.body(), "accessToken");
        if (token == null) {
            throw new SetupFailure("login as " + login + ": no accessToken in " + brief(r.body()));
        }
        return token;
    }

    static String registerAndLogin(Api api, String email, String password, String nickname, String type) throws NoAnswer {
        expect(api.post("/api/auth/register", null,
                        json("email", email, "password", password, "nickname", nickname, "accountType", type)),
                "register " + email, 201);
        return login(api, email, password);
    }

    static Sku createProduct(Api api, String seller, String admin, String productId) throws NoAnswer {
        String skuId = productId + "-s1";
        String attr = json("attributeName", "size", "value", "M");
        String sku = json("skuId", skuId, "skuName", "Bench item M", "price", new Raw("12.50"),
                "salesAttributes", List.of(new Raw(attr)));
        String body = json("productId", productId,
                "spu", new Raw(json("name", "Bench item " + productId, "description", "A product for the placement benchmark")),
                "skus", List.of(new Raw(sku)));
        expect(api.post("/api/products", seller, body), "create product " + productId, 201);
        expect(api.post("/api/inventory/" + productId + "/" + skuId + "/receipts", seller,
                        json("quantity", STOCK_PER_SKU, "reference", "bench-stock")),
                "receive stock for " + productId, 200, 201, 204);
        String[][] steps = {{seller, "SUBMIT_FOR_AUDIT"}, {admin, "APPROVE"}, {seller, "PUT_ON_SHELF"}};
        for (String[] step : steps) {
            expect(api.post("/api/products/" + productId + "/transitions", step[0], json("transition", step[1])),
                    step[1] + " " + productId, 200, 204);
        }
        return new Sku(productId, skuId);
    }

    /** Runs the tasks on a few threads and returns their results in order; the first failure fails set-up. */
    static <T> List<T> inParallel(int threads, List<java.util.concurrent.Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())));
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    results.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- the measured loop

    /** Latencies in nanoseconds of one order that went the whole way. */
    record Sample(long place, long ownRead, long toPending, long payRequest, long payToPaid, long total) {
    }

    static final class Results {
        final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        final Map<String, LongAdder> retried = new ConcurrentHashMap<>();
        final LongAdder placementsAccepted = new LongAdder();
        final LongAdder completed = new LongAdder();
        final LongAdder failed = new LongAdder();
        final LongAdder polls = new LongAdder();

        void fail(String kind) {
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
            failed.increment();
        }

        void retried(String kind) {
            retried.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    /** Why an order stopped short of its goal: the error kind it is counted under. */
    static final class OrderFailed extends Exception {
        OrderFailed(String kind) {
            super(kind, null, false, false);
        }
    }

    record Buyer(int index, String token) {
    }

    static final class Runner {
        final Api api;
        final Options options;
        final List<Sku> skus;
        final long timeoutNanos;
        final String address = json("recipient", "Bench Buyer", "phone", "+86 138 0000 0000", "region", "Shanghai",
                "street", "1 Benchmark Rd", "postalCode", "200000");

        Runner(Api api, Options options, List<Sku> skus) {
            this.api = api;
            this.options = options;
            this.skus = skus;
            this.timeoutNanos = TimeUnit.SECONDS.toNanos(options.timeoutSeconds);
        }

        /** All buyers take orders from one counter until {@code count} orders were started; returns the wall time. */
        long phase(String label, List<Buyer> buyers, int count, Results results) throws InterruptedException {
            AtomicInteger next = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime();
            Thread progress = new Thread(() -> {
                try {
                    while (true) {
                        TimeUnit.SECONDS.sleep(10);
                        long done = results.completed.sum();
                        double s = (System.nanoTime() - start) / 1e9;
                        System.out.printf(Locale.ROOT, "  %s %4.0f s: %d/%d orders done, %d failed, %.1f orders/s%n",
                                label, s, done, count, results.failed.sum(), done / s);
                    }
                } catch (InterruptedException e) {
                    // the phase is over
                }
            }, "progress");
            progress.setDaemon(true);
            progress.start();
            for (Buyer buyer : buyers) {
                Thread t = new Thread(() -> {
                    while (next.getAndIncrement() < count) {
                        try {
                            results.samples.add(oneOrder(buyer, results));
                            results.completed.increment();
                        } catch (OrderFailed e) {
                            results.fail(e.getMessage());
                        } catch (RuntimeException e) {
                            results.fail("benchmark error: " + e);
                        }
                    }
                }, "buyer-" + buyer.index());
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
            long wall = System.nanoTime() - start;
            progress.interrupt();
            return wall;
        }

        Sample oneOrder(Buyer buyer, Results results) throws OrderFailed {
            Sku sku = skus.get(ThreadLocalRandom.current().nextInt(skus.size()));
            String line = json("productId", sku.productId(), "skuId", sku.skuId(), "quantity", 1);
            String body = json("lines", List.of(new Raw(line)), "shippingAddress", new Raw(address));

            long t0 = System.nanoTime();
            Reply placed = call(() -> api.post("/api/orders", buyer.token(), body), "place");
            long placeLatency = System.nanoTime() - t0;
            if (placed.status() != 201) {
                throw new OrderFailed("place: HTTP " + placed.status() + reason(placed));
            }
            results.placementsAccepted.increment();
            String orderId = field(placed.body(), "orderId");
            if (orderId == null) {
                throw new OrderFailed("place: no orderId in the answer");
            }

            long r0 = System.nanoTime();
            Reply own = call(() -> api.getConsistentWith("/api/orders/" + orderId, buyer.token(),
                    placed.consistencyToken()), "read own placement");
            long ownRead = System.nanoTime() - r0;
            if (own.status() != 200) {
                throw new OrderFailed("read own placement: HTTP " + own.status());
            }

            await(buyer, orderId, Set.of("PENDING_PAYMENT"), "PENDING_PAYMENT", t0, results);
            long pending = System.nanoTime();
            if (!options.pay) {
                return new Sample(placeLatency, ownRead, pending - t0, 0, 0, pending - t0);
            }

            String payBody = json("payOrderId", "pay-" + orderId, "orderIds", List.of(orderId), "method", "GATEWAY_CARD");
            long p0 = System.nanoTime();
            Reply paid = call(() -> api.post("/api/pay-orders", buyer.token(), payBody), "pay");
            long payLatency = System.nanoTime() - p0;
            if (paid.status() != 201) {
                throw new OrderFailed("pay: HTTP " + paid.status() + reason(paid));
            }
            await(buyer, orderId, PAID_OR_LATER, "PAID", p0, results);
            long done = System.nanoTime();
            return new Sample(placeLatency, ownRead, pending - t0, payLatency, done - p0, done - t0);
        }

        /** Polls the order view until its status is one of {@code goal}; a dead end or the timeout fails the order. */
        void await(Buyer buyer, String orderId, Set<String> goal, String goalName, long since, Results results)
                throws OrderFailed {
            long sleepMicros = 5_000;
            long deadline = since + timeoutNanos;
            String last = "no answer yet";
            while (true) {
                Reply r;
                try {
                    results.polls.increment();
                    r = api.get("/api/orders/" + orderId, buyer.token());
                } catch (NoAnswer e) {
                    results.retried("poll: " + e.kind);
                    r = null;
                }
                if (r != null) {
                    if (r.status() == 200) {
                        String status = field(r.body(), "status");
                        last = String.valueOf(status);
                        if (goal.contains(status)) {
                            return;
                        }
                        if (DEAD_ENDS.contains(status)) {
                            String why = field(r.body(), "cancellationReason");
                            throw new OrderFailed("order " + status + (why == null ? "" : " (" + why + ")")
                                    + " while waiting for " + goalName);
                        }
                    } else if (r.status() == 404) {
                        last = "not in the order view yet";
                    } else {
                        results.retried("poll: HTTP " + r.status());
                        last = "HTTP " + r.status();
                    }
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new OrderFailed("timeout waiting for " + goalName + " (last seen: " + last + ")");
                }
                try {
                    TimeUnit.MICROSECONDS.sleep(sleepMicros);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OrderFailed("interrupted");
                }
                // 25 % longer each time, up to 50 ms; a long wait polls every tenth of the time
                // waited so far (at most 250 ms), so a slow ledger is not also flooded with reads
                long waitedMicros = (System.nanoTime() - since) / 1_000;
                long capMicros = Math.max(50_000, Math.min(250_000, waitedMicros / 10));
                sleepMicros = Math.min(capMicros, sleepMicros * 5 / 4);
            }
        }

        interface Call {
            Reply run() throws NoAnswer;
        }

        private static Reply call(Call call, String step) throws OrderFailed {
            try {
                return call.run();
            } catch (NoAnswer e) {
                throw new OrderFailed(step + ": " + e.kind);
            }
        }

        private static String reason(Reply r) {
            String code = field(r.body(), "reason");
            if (code == null) {
                code = field(r.body(), "currentState");
            }
            return code == null ? "" : " (" + code + ")";
        }
    }

    // ---------------------------------------------------------------- report

    static final class Stat {
        final long[] sorted;

        Stat(long[] values) {
            this.sorted = values.clone();
            Arrays.sort(sorted);
        }

        /** Nearest-rank percentile, in milliseconds. */
        double p(double percent) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        double max() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
        }

        double mean() {
            return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(0) / 1e6;
        }
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Api api = new Api(o.url, Duration.ofSeconds(Math.max(30, o.timeoutSeconds)));
        String run = Long.toString(System.currentTimeMillis(), 36) + Integer.toString(ThreadLocalRandom.current().nextInt(1296), 36);
        String password = "bench-Pass-" + run + "-9";

        System.out.printf("PlacementBenchmark: %s, run %s, %d buyers, %d orders (+%d warm-up), %d products, %s%n",
                o.url, run, o.buyers, o.orders, o.warmup, o.products, o.pay ? "placement + payment" : "placement only (--no-pay)");

        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.2f before set-up%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // ---- set-up, not timed
        long setupStart = System.nanoTime();
        List<Buyer> buyers;
        List<Sku> skus;
        String admin;
        try {
            admin = login(api, o.adminEmail, o.adminPassword);
            String seller = registerAndLogin(api, "seller-" + run + "@bench.local", password, "Bench seller", "SELLER");
            List<java.util.concurrent.Callable<Buyer>> buyerTasks = new ArrayList<>();
            for (int i = 0; i < o.buyers; i++) {
                int index = i;
                buyerTasks.add(() -> new Buyer(index, registerAndLogin(api, "buyer-" + run + "-" + index + "@bench.local",
                        password, "Bench buyer " + index, "BUYER")));
            }
            buyers = inParallel(8, buyerTasks);
            List<java.util.concurrent.Callable<Sku>> productTasks = new ArrayList<>();
            for (int i = 0; i < o.products; i++) {
                String productId = "bench-" + run + "-" + i;
                productTasks.add(() -> createProduct(api, seller, admin, productId));
            }
            skus = inParallel(8, productTasks);
        } catch (SetupFailure e) {
            fail("set-up failed: " + e.getMessage());
            return;
        } catch (NoAnswer e) {
            fail("set-up failed: " + e.kind + " at " + o.url + " (is the ledger running?)");
            return;
        }
        System.out.printf("set-up: %d buyers and %d products on shelf in %.1f s%n", buyers.size(), skus.size(),
                (System.nanoTime() - setupStart) / 1e9);

        Runner runner = new Runner(api, o, skus);
        if (o.warmup > 0) {
            Results warm = new Results();
            long wt = runner.phase("warm-up", buyers, o.warmup, warm);
            System.out.printf("warm-up: %d orders in %.1f s, %d failed%s%n", o.warmup, wt / 1e9, warm.failed.sum(),
                    warm.errors.isEmpty() ? "" : " " + warm.errors.keySet());
        }

        // ---- measured
        Results results = new Results();
        Instant startedAt = Instant.now();
        LagSampler lag = new LagSampler(api, admin);
        lag.start();
        long wall = runner.phase("measured", buyers, o.orders, results);
        lag.interrupt();
        lag.join();
        report(o, results, wall, startedAt);
        lag.report();
        boolean balanced = !o.reconcile || reconcile(api, admin);
        long failed = results.failed.sum();
        System.exit(failed * 100 > o.orders || !balanced ? 1 : 0);
    }

    /**
     * Finance replays the ledger the run left (three times, the JIT warming up) and reconciles it:
     * prints the replay's rate as the client sees it (HTTP and the report included) and whether the
     * books balance; payments whose journal entries are still being written count as in flight.
     */
    static boolean reconcile(Api api, String admin) throws NoAnswer {
        long best = Long.MAX_VALUE;
        String report = null;
        for (int round = 0; round < 3; round++) {
            long started = System.nanoTime();
            Reply reply = api.post("/api/finance/reconciliation", admin, "");
            long took = System.nanoTime() - started;
            if (reply.status() != 200) {
                System.out.println("reconciliation: POST /api/finance/reconciliation answered " + reply.status() + " " + brief(reply.body()));
                return false;
            }
            best = Math.min(best, took);
            report = reply.body();
        }
        long events = Long.parseLong(field(report, "events"));
        boolean balanced = report.contains("\"discrepancies\":[]");
        System.out.printf(Locale.ROOT, "reconciliation (POST /api/finance/reconciliation after the run, best of 3): %d events"
                        + " replayed and checked in %d ms, %.0f events/s; %s pay orders paid (%s in flight); %s%n", events,
                best / 1_000_000, events / (best / 1e9), field(report, "payOrdersPaid"), field(report, "paymentsInFlight"),
                balanced ? "the books balance" : "DISCREPANCIES: " + brief(report));
        return balanced;
    }

    /** Asks every 100 ms how many events the order view is behind the event store's head. */
    static final class LagSampler extends Thread {
        final Api api;
        final String adminToken;
        final List<Long> behind = new ArrayList<>();

        LagSampler(Api api, String adminToken) {
            super("lag-sampler");
            this.api = api;
            this.adminToken = adminToken;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    try {
                        Reply status = api.get("/api/admin/projections/order-views", adminToken);
                        String events = status.status() == 200 ? field(status.body(), "behind") : null;
                        if (events != null) {
                            behind.add(Long.parseLong(events));
                        }
                    } catch (NoAnswer e) {
                        // a missed sample
                    }
                    TimeUnit.MILLISECONDS.sleep(100);
                }
            } catch (InterruptedException e) {
                // the phase is over
            }
        }

        void report() {
            long[] sorted = behind.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                System.out.println("order view lag: no samples (GET /api/admin/projections/order-views)");
                return;
            }
            System.out.printf(Locale.ROOT, "order view lag (events behind the store's head, %d samples every 100 ms): "
                            + "p50 %d, p99 %d, max %d%n", sorted.length, sorted[(int) Math.floor(0.50 * (sorted.length - 1))],
                    sorted[(int) Math.floor(0.99 * (sorted.length - 1))], sorted[sorted.length - 1]);
        }
    }

    static void report(Options o, Results r, long wallNanos, Instant startedAt) {
        List<Sample> samples = new ArrayList<>(r.samples);
        double seconds = wallNanos / 1e9;
        long completed = r.completed.sum();
        long failed = r.failed.sum();
        double ordersPerSecond = completed / seconds;
        double placementsPerSecond = r.placementsAccepted.sum() / seconds;

        Runtime rt = Runtime.getRuntime();
        System.out.println();
        System.out.println("== Placement benchmark ==");
        System.out.printf("machine     %d cores, benchmark JVM max heap %d MiB, %s %s, Java %s%n",
                rt.availableProcessors(), rt.maxMemory() / (1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
        System.out.printf("            load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("parameters  --url %s --buyers %d --orders %d --warmup %d --products %d%s --timeout-seconds %d%n",
                o.url, o.buyers, o.orders, o.warmup, o.products, o.pay ? "" : " --no-pay", o.timeoutSeconds);
        System.out.printf("started     %s, measured for %.2f s%n", startedAt, seconds);
        System.out.printf("throughput  %.1f orders/s completed end to end (%s), %.1f placements/s accepted%n",
                ordersPerSecond, o.pay ? "PAID or later" : "PENDING_PAYMENT", placementsPerSecond);
        System.out.printf("orders      %d measured: %d completed, %d failed (%.2f%%)%n",
                o.orders, completed, failed, 100.0 * failed / o.orders);
        System.out.printf("polls       %d GET /api/orders/{id} (%.1f per order, %.0f per second)%n",
                r.polls.sum(), (double) r.polls.sum() / Math.max(1, o.orders), r.polls.sum() / seconds);
        System.out.println();
        System.out.println("latency (ms, completed orders)      p50      p95      p99      max     mean");
        row("placement POST /api/orders", samples.stream().mapToLong(Sample::place).toArray());
        row("read own placement (token)", samples.stream().mapToLong(Sample::ownRead).toArray());
        row("place -> PENDING_PAYMENT", samples.stream().mapToLong(Sample::toPending).toArray());
        if (o.pay) {
            row("pay POST /api/pay-orders", samples.stream().mapToLong(Sample::payRequest).toArray());
            row("pay request -> PAID", samples.stream().mapToLong(Sample::payToPaid).toArray());
        }
        row("total", samples.stream().mapToLong(Sample::total).toArray());
        System.out.println();
        if (r.errors.isEmpty()) {
            System.out.println("errors      none");
        } else {
            System.out.println("errors (failed orders, by kind):");
            r.errors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> System.out.printf("  %6d  %s%n", e.getValue().sum(), e.getKey()));
        }
        if (!r.retried.isEmpty()) {
            System.out.println("status polls that failed and were retried:");
            r.retried.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> System.out.printf("  %6d  %s%n", e.getValue().sum(), e.getKey()));
        }
        System.out.println(failed * 100 > o.orders ? "RESULT      FAIL: more than 1% of the orders failed"
                : "RESULT      OK");
        Stat total = new Stat(samples.stream().mapToLong(Sample::total).toArray());
        Stat place = new Stat(samples.stream().mapToLong(Sample::place).toArray());
        System.out.println();
        System.out.printf(Locale.ROOT, "summary: %s, %d buyers, %d orders: %.1f orders/s, %.1f placements/s; "
                        + "placement p50/p99 %s/%s ms; end to end p50/p95/p99 %s/%s/%s ms; %d failed (%.2f%%); %d cores%n",
                o.pay ? "place+pay" : "place only", o.buyers, o.orders, ordersPerSecond, placementsPerSecond,
                ms(place.p(50)), ms(place.p(99)), ms(total.p(50)), ms(total.p(95)), ms(total.p(99)),
                failed, 100.0 * failed / o.orders, rt.availableProcessors());
    }

    static void row(String name, long[] values) {
        Stat s = new Stat(values);
        System.out.printf("  %-32s %8s %8s %8s %8s %8s%n", name, ms(s.p(50)), ms(s.p(95)), ms(s.p(99)), ms(s.max()),
                ms(s.mean()));
    }
}
