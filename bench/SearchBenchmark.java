import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
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
 * Loads a product catalogue into a running ledger over its HTTP API, then measures the product
 * search: bulk indexing speed (the rebuild endpoint), search latency while price and stock updates
 * stream in, and how long a price change takes to be found by search. JDK only: run it with
 * {@code java bench/SearchBenchmark.java [options]} (see bench/README.md); {@code --help} lists the options.
 */
public class SearchBenchmark {

    // ---------------------------------------------------------------- options

    static final class Options {
        String url = "http://localhost:8080";
        String adminEmail = "admin@bench.local";
        String adminPassword = "bench-admin-secret-1";
        int skus = 100_000;
        int skusPerProduct = 4;
        int loaders = 16;
        String catalogue;
        int rebuilds = 1;
        int searchers = 8;
        int updatesPerSecond = 50;
        int durationSeconds = 60;
        int timeoutSeconds = 60;
        Map<String, Long> pids = new TreeMap<>();

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
                if (arg.equals("--help") || arg.equals("-h")) {
                    usage();
                    System.exit(0);
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        fail("missing value for " + arg + " (try --help)");
                    }
                    value = args[++i];
                }
                switch (arg) {
                    case "--url" -> o.url = value.replaceAll("/+$", "");
                    case "--admin-email" -> o.adminEmail = value;
                    case "--admin-password" -> o.adminPassword = value;
                    case "--skus" -> o.skus = number(arg, value, 1);
                    case "--skus-per-product" -> o.skusPerProduct = number(arg, value, 1);
                    case "--loaders" -> o.loaders = number(arg, value, 1);
                    case "--catalogue" -> o.catalogue = value;
                    case "--rebuilds" -> o.rebuilds = number(arg, value, 0);
                    case "--searchers" -> o.searchers = number(arg, value, 1);
                    case "--updates-per-second" -> o.updatesPerSecond = number(arg, value, 0);
                    case "--duration-seconds" -> o.durationSeconds = number(arg, value, 1);
                    case "--timeout-seconds" -> o.timeoutSeconds = number(arg, value, 1);
                    case "--pid" -> {
                        String[] named = value.split("=", 2);
                        if (named.length != 2) {
                            fail("--pid needs NAME=PID, not " + value);
                        }
                        o.pids.put(named[0], (long) number(arg, named[1], 1));
                    }
                    default -> fail("unknown option " + arg + " (try --help)");
                }
            }
            return o;
        }

        int products() {
            return (skus + skusPerProduct - 1) / skusPerProduct;
        }

        private static int number(String name, String value, int min) {
            try {
                int n = Integer.parseInt(value.trim().replace("_", ""));
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
                    usage: java bench/SearchBenchmark.java [options]
                      --url URL                 the ledger (default http://localhost:8080)
                      --admin-email E           the bootstrap admin (default admin@bench.local)
                      --admin-password P        its password (default bench-admin-secret-1)
                      --skus N                  SKUs in the catalogue (default 100000)
                      --skus-per-product K      SKUs per product (default 4)
                      --loaders N               concurrent HTTP clients loading the catalogue (default 16)
                      --catalogue ID            reuse the catalogue an earlier run loaded (its id is printed), load nothing
                      --rebuilds N              index rebuilds to time (default 1; 0: none)
                      --searchers N             concurrent searching clients in the measured phase (default 8)
                      --updates-per-second N    price and stock changes streamed meanwhile (default 50)
                      --duration-seconds N      length of the measured phase (default 60)
                      --timeout-seconds N       give up waiting for the index after N s (default 60)
                      --pid NAME=PID            a process whose CPU to report (repeatable); by default the ledger
                                                listening on --url's port, its Elasticsearch and its PostgreSQL
                    exit status: 0 when the figures were measured, 1 when searches failed or changes never
                    became visible, 2 when set-up failed""");
        }
    }

    static void fail(String message) {
        System.err.println("SearchBenchmark: " + message);
        System.exit(2);
    }

    // ---------------------------------------------------------------- HTTP and JSON

    record Reply(int status, String body) {
    }

    static final class NoAnswer extends Exception {
        final String kind;

        NoAnswer(String kind, Throwable cause) {
            super(kind, cause);
            this.kind = kind;
        }
    }

    static final class Api {
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final String base;

        Api(String base) {
            this.base = base;
        }

        Reply get(String path) throws NoAnswer {
            return send(request(path, null).GET().build());
        }

        Reply post(String path, String token, String json) throws NoAnswer {
            return send(request(path, token).header("Content-Type", "application/json")
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
        }

        Reply put(String path, String token, String json) throws NoAnswer {
            return send(request(path, token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        private HttpRequest.Builder request(String path, String token) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(path.startsWith("/api/admin/search/rebuild") ? Duration.ofMinutes(30) : Duration.ofSeconds(30))
                    .header("Accept", "application/json, application/problem+json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return b;
        }

        private Reply send(HttpRequest request) throws NoAnswer {
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.body());
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

    record Raw(String json) {
    }

    /** Minimal JSON writing: values are strings, numbers, booleans, raw JSON, or lists of those. */
    static String json(Object... keysAndValues) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            sb.append(i > 0 ? "," : "").append(quote((String) keysAndValues[i])).append(':');
            value(sb, keysAndValues[i + 1]);
        }
        return sb.append('}').toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v instanceof Raw raw) {
            sb.append(raw.json());
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? "," : "");
                value(sb, list.get(i));
            }
            sb.append(']');
        } else {
            sb.append(quote(String.valueOf(v)));
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final Map<String, Pattern> FIELDS = new ConcurrentHashMap<>();

    /** The first value of the field {@code key} anywhere in the document (string or bare literal), or null. */
    static String field(String body, String key) {
        Matcher m = FIELDS.computeIfAbsent(key, k -> Pattern.compile(
                "\"" + Pattern.quote(k) + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([-+0-9.eE]+|true|false|null))")).matcher(
                body == null ? "" : body);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : "null".equals(m.group(2)) ? null : m.group(2);
    }

    static boolean mentions(String body, String productId) {
        return body != null && body.contains("\"productId\":\"" + productId + "\"");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String brief(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return b.length() > 300 ? b.substring(0, 300) + "..." : b;
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
        Reply r = expect(api.post("/api/auth/login", null, json("login", login, "password", password)), "login as " + login, 200);
        return field(r.body(), "accessToken");
    }

    // ---------------------------------------------------------------- the catalogue

    static final String[] ADJECTIVES = {"经典", "时尚", "休闲", "复古", "简约", "加厚", "轻薄", "修身", "宽松", "纯棉"};
    static final String[] AUDIENCES = {"男士", "女士", "儿童", "情侣"};
    static final String[] ENGLISH = {"classic", "slim", "cotton", "sport", "travel", "urban", "outdoor", "premium"};
    static final String[] COLOURS = {"黑色", "白色", "红色", "蓝色", "灰色", "绿色"};
    static final String[] SIZES = {"S", "M", "L", "XL"};
    static final String[][] TREE = {
            {"服装", "T恤", "衬衫", "卫衣", "夹克"},
            {"鞋包", "运动鞋", "背包", "皮鞋"},
            {"家居", "台灯", "水杯", "收纳盒"}};
    static final int BRANDS = 12;
    /** Threads streaming the updates: enough that the offered rate holds while an update takes a while. */
    static final int UPDATERS = 16;

    /** The catalogue's ids are derived from its id, so a later run can reuse it with {@code --catalogue}. */
    record Catalogue(String id, int products, int skusPerProduct, List<String> leafCategories, List<String> roots,
                     List<String> brands, List<String> leafNames) {

        String productId(int i) {
            return "sb-" + id + "-p" + i;
        }

        String skuId(int i, int j) {
            return productId(i) + "-s" + j;
        }

        static Catalogue of(String id, Options o) {
            List<String> leaves = new ArrayList<>();
            List<String> roots = new ArrayList<>();
            List<String> leafNames = new ArrayList<>();
            for (int r = 0; r < TREE.length; r++) {
                roots.add("sb-" + id + "-c" + r);
                for (int l = 1; l < TREE[r].length; l++) {
                    leaves.add("sb-" + id + "-c" + r + "-" + l);
                    leafNames.add(TREE[r][l]);
                }
            }
            List<String> brands = new ArrayList<>();
            for (int b = 0; b < BRANDS; b++) {
                brands.add("sb-" + id + "-b" + b);
            }
            return new Catalogue(id, o.products(), o.skusPerProduct, leaves, roots, brands, leafNames);
        }
    }

    static void createTaxonomy(Api api, String admin, Catalogue c) throws NoAnswer {
        for (int r = 0; r < TREE.length; r++) {
            expect(api.post("/api/admin/categories", admin, json("categoryId", c.roots().get(r), "name", TREE[r][0])),
                    "create category", 201, 409);
            for (int l = 1; l < TREE[r].length; l++) {
                expect(api.post("/api/admin/categories", admin, json("categoryId", c.roots().get(r) + "-" + l,
                        "parentId", c.roots().get(r), "name", TREE[r][l])), "create category", 201, 409);
            }
        }
        for (int b = 0; b < BRANDS; b++) {
            expect(api.post("/api/admin/brands", admin, json("brandId", c.brands().get(b), "name", "Brand" + (char) ('A' + b))),
                    "create brand", 201, 409);
        }
    }

    /** A price in CNY between 9.90 and 999.00, exact to the fen. */
    static String price(ThreadLocalRandom random) {
        long fen = 990 + random.nextLong(99_900 - 990);
        return String.format(Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
    }

    static void createProduct(Api api, String seller, String admin, Catalogue c, int i) throws NoAnswer {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int leaf = i % c.leafCategories().size();
        String noun = c.leafNames().get(leaf);
        String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + AUDIENCES[random.nextInt(AUDIENCES.length)] + noun
                + " " + ENGLISH[random.nextInt(ENGLISH.length)] + " X" + (i % 1000);
        List<Raw> skus = new ArrayList<>();
        for (int j = 0; j < c.skusPerProduct(); j++) {
            String colour = COLOURS[(i + j) % COLOURS.length];
            String size = SIZES[j % SIZES.length];
            long stock = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(500);
            skus.add(new Raw(json("skuId", c.skuId(i, j), "skuName", colour + " " + size, "price", new Raw(price(random)),
                    "stock", stock, "salesAttributes", List.of(
                            new Raw(json("attributeName", "颜色", "value", colour)),
                            new Raw(json("attributeName", "尺码", "value", size + (j >= SIZES.length ? j : "")))))));
        }
        String body = json("productId", c.productId(i), "categoryId", c.leafCategories().get(leaf),
                "spu", new Raw(json("name", name, "brandId", c.brands().get(i % BRANDS),
                        "description", "一款" + ADJECTIVES[random.nextInt(ADJECTIVES.length)] + "的" + noun + ", "
                                + ENGLISH[random.nextInt(ENGLISH.length)] + " design for every day")),
                "basicAttributes", List.of(new Raw(json("attributeName", "产地", "value", random.nextBoolean() ? "中国" : "越南"))),
                "skus", skus);
        expect(api.post("/api/products", seller, body), "create product " + c.productId(i), 201);
        String[][] steps = {{seller, "SUBMIT_FOR_AUDIT"}, {admin, "APPROVE"}, {seller, "PUT_ON_SHELF"}};
        for (String[] step : steps) {
            expect(api.post("/api/products/" + c.productId(i) + "/transitions", step[0], json("transition", step[1])),
                    step[1] + " " + c.productId(i), 204);
        }
    }

    /** Runs the task for 0..count-1 on a few threads, printing progress; the first failure fails set-up. */
    static void forEach(int threads, int count, String label, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit((Callable<Void>) () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.run(i);
                    int d = done.incrementAndGet();
                    if (d % Math.max(1, count / 10) == 0) {
                        System.out.printf(Locale.ROOT, "  %s: %d/%d after %.0f s%n", label, d, count,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    interface Task {
        void run(int i) throws Exception;
    }

    // ---------------------------------------------------------------- CPU of the ledger's processes, from /proc

    /**
     * CPU time the ledger, its Elasticsearch and its PostgreSQL spent, read from {@code /proc/<pid>/stat}
     * (Linux only; elsewhere, or when a process is not found, it is left out). Found by default: the
     * ledger is the process listening on the port of {@code --url}, Elasticsearch the process below it
     * running {@code org.elasticsearch.bootstrap.Elasticsearch}, PostgreSQL the postmaster whose port
     * the ledger is connected to (its exited backends count in its children's time).
     */
    static final class Cpu {
        static final long TICKS_PER_SECOND = 100;
        final Map<String, Long> pids;

        Cpu(Map<String, Long> pids) {
            this.pids = pids;
        }

        static Cpu find(String url, Map<String, Long> given) {
            Map<String, Long> pids = new TreeMap<>(given);
            try {
                if (!pids.containsKey("ledger")) {
                    int port = URI.create(url).getPort() < 0 ? 80 : URI.create(url).getPort();
                    sockets(row -> row[3].equals("0A") && Integer.parseInt(row[1].split(":")[1], 16) == port).stream()
                            .findFirst().flatMap(Cpu::owner).ifPresent(pid -> pids.put("ledger", pid));
                }
                Long ledger = pids.get("ledger");
                if (ledger != null && !pids.containsKey("elasticsearch")) {
                    processes().filter(pid -> cmdline(pid).contains("org.elasticsearch.bootstrap.Elasticsearch")
                            && descends(pid, ledger)).findFirst().ifPresent(pid -> pids.put("elasticsearch", pid));
                }
                if (ledger != null && !pids.containsKey("postgres")) {
                    java.util.Set<String> mine = socketsOf(ledger);
                    List<String> ports = sockets(row -> row[3].equals("01") && mine.contains(row[9])).stream()
                            .map(row -> String.valueOf(Integer.parseInt(row[2].split(":")[1], 16))).toList();
                    processes().filter(pid -> {
                        String command = cmdline(pid);
                        return command.contains("postgres") && ports.stream().anyMatch(p -> command.contains(" -p " + p + " "));
                    }).findFirst().ifPresent(pid -> pids.put("postgres", pid));
                }
            } catch (IOException | RuntimeException e) {
                System.out.println("cpu: cannot find the processes (" + e + "); pass --pid NAME=PID");
            }
            return new Cpu(pids);
        }

        /** Milliseconds of CPU per process so far (own and reaped children's). */
        Map<String, Long> read() {
            Map<String, Long> millis = new TreeMap<>();
            pids.forEach((name, pid) -> ticks(pid).ifPresent(ticks -> millis.put(name, 1000 / TICKS_PER_SECOND
                    * (ticks + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::children)
                    .mapToLong(child -> ticks(child.pid()).orElse(0L)).sum()))));
            return millis;
        }

        /** A process's CPU ticks, its own and its reaped children's (live children, such as PostgreSQL's backends, are added by the caller). */
        private static Optional<Long> ticks(long pid) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Optional.of(Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // gone, or not Linux: left out
            }
        }

        /** CPU per process between two readings, as cores busy over that many seconds. */
        static String cores(Map<String, Long> before, Map<String, Long> after, double seconds) {
            StringBuilder sb = new StringBuilder();
            after.forEach((name, ms) -> {
                if (before.containsKey(name)) {
                    sb.append(sb.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%s %.2f cores (%d ms)", name,
                            (ms - before.get(name)) / 1000.0 / seconds, ms - before.get(name)));
                }
            });
            return sb.length() == 0 ? "not measured (no /proc, or processes not found: --pid NAME=PID)" : sb.toString();
        }

        static long total(Map<String, Long> before, Map<String, Long> after) {
            return after.entrySet().stream().filter(e -> before.containsKey(e.getKey()))
                    .mapToLong(e -> e.getValue() - before.get(e.getKey())).sum();
        }

        private static List<String[]> sockets(java.util.function.Predicate<String[]> test) throws IOException {
            List<String[]> rows = new ArrayList<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                java.nio.file.Path path = java.nio.file.Path.of(table);
                if (java.nio.file.Files.exists(path)) {
                    java.nio.file.Files.readAllLines(path).stream().skip(1).map(line -> line.trim().split("\\s+"))
                            .filter(test).forEach(rows::add);
                }
            }
            return rows;
        }

        private static Optional<Long> owner(String[] socket) {
            return processes().filter(pid -> socketsOf(pid).contains(socket[9])).findFirst();
        }

        private static java.util.Set<String> socketsOf(long pid) {
            java.util.Set<String> inodes = new java.util.HashSet<>();
            try (var fds = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + pid + "/fd"))) {
                fds.forEach(fd -> {
                    try {
                        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                });
            } catch (IOException | RuntimeException e) {
                // not ours to read
            }
            return inodes;
        }

        private static java.util.stream.Stream<Long> processes() {
            return ProcessHandle.allProcesses().map(ProcessHandle::pid);
        }

        private static String cmdline(long pid) {
            try {
                return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/" + pid + "/cmdline")),
                        StandardCharsets.UTF_8).replace('\0', ' ');
            } catch (IOException e) {
                return "";
            }
        }

        private static boolean descends(long pid, long ancestor) {
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            while (p.isPresent()) {
                if (p.get().pid() == ancestor) {
                    return true;
                }
                p = p.get().parent();
            }
            return false;
        }
    }

    // ---------------------------------------------------------------- measuring

    static final class Stat {
        final long[] sorted;

        Stat(ConcurrentLinkedQueue<Long> values) {
            sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
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
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "-" : v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** One search a storefront would send, and the kind it is counted under. */
    record Query(String kind, String path) {
    }

    static Query randomQuery(Catalogue c) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int page = random.nextInt(10) < 8 ? 0 : random.nextInt(1, 3);
        String paging = "&size=20&page=" + page;
        int kind = random.nextInt(100);
        int leaf = random.nextInt(c.leafCategories().size());
        if (kind < 35) {
            String words = random.nextBoolean() ? c.leafNames().get(leaf)
                    : AUDIENCES[random.nextInt(AUDIENCES.length)] + " " + c.leafNames().get(leaf);
            return new Query("text", "/api/products/search?q=" + encode(words) + paging);
        }
        if (kind < 55) {
            return new Query("text+category+sort", "/api/products/search?q=" + encode(ENGLISH[random.nextInt(ENGLISH.length)])
                    + "&category=" + c.roots().get(random.nextInt(c.roots().size())) + "&sort=price_asc" + paging);
        }
        if (kind < 75) {
            long from = random.nextInt(0, 500);
            return new Query("filters", "/api/products/search?category=" + c.leafCategories().get(leaf) + "&brand="
                    + c.brands().get(random.nextInt(BRANDS)) + "&minPrice=" + from + "&maxPrice=" + (from + 300)
                    + "&inStock=true&sort=sales" + paging);
        }
        if (kind < 90) {
            return new Query("attributes", "/api/products/search?category=" + c.roots().get(0) + "&attr="
                    + encode("颜色:" + COLOURS[random.nextInt(COLOURS.length)]) + "&attr="
                    + encode("尺码:" + SIZES[random.nextInt(SIZES.length)]) + "&sort=newest" + paging);
        }
        String prefix = random.nextBoolean() ? c.leafNames().get(leaf) : ADJECTIVES[random.nextInt(ADJECTIVES.length)];
        return new Query("suggest", "/api/products/search/suggest?prefix=" + encode(prefix));
    }

    static final class Results {
        final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> all = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> visibility = new ConcurrentLinkedQueue<>();
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        final LongAdder updates = new LongAdder();
        final LongAdder hits = new LongAdder();
        final AtomicInteger invisible = new AtomicInteger();

        void error(String kind) {
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    /** Waits until every product of the catalogue is found on shelf; returns false on timeout. */
    static boolean awaitIndexed(Api api, Catalogue c, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            long found = 0;
            for (String root : c.roots()) {
                Reply r = api.get("/api/products/search?size=1&category=" + root);
                found += r.status() == 200 ? Long.parseLong(field(r.body(), "total")) : 0;
            }
            if (found >= c.products()) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Api api = new Api(o.url);
        boolean reuse = o.catalogue != null;
        String id = reuse ? o.catalogue : Long.toString(System.currentTimeMillis(), 36);
        Catalogue c = Catalogue.of(id, o);
        System.out.printf(Locale.ROOT, "SearchBenchmark: %s, catalogue %s: %d products x %d SKUs = %d SKUs%s%n", o.url, id,
                c.products(), o.skusPerProduct, c.products() * o.skusPerProduct, reuse ? " (reused)" : "");
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Cpu cpu = Cpu.find(o.url, o.pids);
        System.out.println("cpu: reading /proc/<pid>/stat of " + (cpu.pids.isEmpty() ? "nothing" : cpu.pids));

        String admin;
        String seller;
        double loadSeconds = Double.NaN;
        double catchUpSeconds = Double.NaN;
        try {
            admin = login(api, o.adminEmail, o.adminPassword);
            seller = admin;
            if (!reuse) {
                String password = "bench-Pass-" + id + "-9";
                String email = "seller-" + id + "@bench.local";
                expect(api.post("/api/auth/register", null, json("email", email, "password", password, "nickname",
                        "Search bench seller", "accountType", "SELLER")), "register the seller", 201);
                seller = login(api, email, password);
                createTaxonomy(api, admin, c);
                long start = System.nanoTime();
                String sellerToken = seller;
                forEach(o.loaders, c.products(), "products on shelf", i -> createProduct(api, sellerToken, admin, c, i));
                loadSeconds = (System.nanoTime() - start) / 1e9;
                long shelved = System.nanoTime();
                if (!awaitIndexed(api, c, o.timeoutSeconds * 10)) {
                    throw new SetupFailure("the index did not catch up with the catalogue");
                }
                catchUpSeconds = (System.nanoTime() - shelved) / 1e9;
                System.out.printf(Locale.ROOT, "load: %d products, %d SKUs on shelf in %.1f s (%.0f SKUs/s over HTTP); "
                                + "all found by search %.1f s after the last was shelved%n", c.products(),
                        c.products() * o.skusPerProduct, loadSeconds, c.products() * o.skusPerProduct / loadSeconds, catchUpSeconds);
            } else if (!awaitIndexed(api, c, o.timeoutSeconds)) {
                throw new SetupFailure("catalogue " + id + " is not (completely) in the index; load it first");
            }
        } catch (SetupFailure e) {
            fail("set-up failed: " + e.getMessage());
            return;
        } catch (NoAnswer e) {
            fail("set-up failed: " + e.kind + " at " + o.url + " (is the ledger running?)");
            return;
        }

        // ---- bulk indexing: the rebuild
        List<String> rebuilds = new ArrayList<>();
        Map<String, Long> rebuildCpu = cpu.read();
        long rebuildStarted = System.nanoTime();
        for (int r = 0; r < o.rebuilds; r++) {
            Reply report = api.post("/api/admin/search/rebuild", admin, null);
            if (report.status() != 200) {
                fail("rebuild: HTTP " + report.status() + " " + brief(report.body()));
            }
            String line = String.format(Locale.ROOT, "%s documents (%s events) in %s ms: %s docs/s overall; fold %s ms, "
                            + "bulk %s ms = %s docs/s", field(report.body(), "documents"), field(report.body(), "eventsFolded"),
                    field(report.body(), "millis"), field(report.body(), "documentsPerSecond"),
                    field(report.body(), "foldMillis"), field(report.body(), "bulkMillis"),
                    field(report.body(), "bulkDocumentsPerSecond"));
            rebuilds.add(line);
            System.out.println("rebuild " + (r + 1) + ": " + line);
        }
        String rebuildCores = o.rebuilds == 0 ? null
                : Cpu.cores(rebuildCpu, cpu.read(), (System.nanoTime() - rebuildStarted) / 1e9);

        // ---- measured: searches while updates stream in, and price changes until visible
        Results results = new Results();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.durationSeconds);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < o.searchers; s++) {
            threads.add(new Thread(() -> {
                while (System.nanoTime() < end) {
                    Query q = randomQuery(c);
                    long t0 = System.nanoTime();
                    try {
                        Reply r = api.get(q.path());
                        long took = System.nanoTime() - t0;
                        if (r.status() != 200) {
                            results.error(q.kind() + ": HTTP " + r.status());
                            continue;
                        }
                        results.latencies.computeIfAbsent(q.kind(), k -> new ConcurrentLinkedQueue<>()).add(took);
                        results.all.add(took);
                        if (!"[]".equals(r.body()) && !"0".equals(field(r.body(), "total"))) {
                            results.hits.increment();
                        }
                    } catch (NoAnswer e) {
                        results.error(q.kind() + ": " + e.kind);
                    }
                }
            }, "searcher-" + s));
        }
        String updater = seller;
        AtomicLong nextSlot = new AtomicLong(System.nanoTime());
        long interval = o.updatesPerSecond == 0 ? 0 : 1_000_000_000L / o.updatesPerSecond;
        for (int u = 0; o.updatesPerSecond > 0 && u < UPDATERS; u++) {
            threads.add(new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (true) {
                    long slot = nextSlot.getAndAdd(interval);
                    if (slot >= end) {
                        return;
                    }
                    sleepUntil(slot);
                    int i = random.nextInt(c.products());
                    int j = random.nextInt(c.skusPerProduct());
                    try {
                        Reply r = random.nextBoolean()
                                ? api.put("/api/products/" + c.productId(i) + "/skus/" + c.skuId(i, j) + "/price", updater,
                                json("price", new Raw(json("amount", price(random), "currency", "CNY"))))
                                : api.post("/api/inventory/" + c.productId(i) + "/" + c.skuId(i, j) + "/receipts", updater,
                                json("quantity", 1 + random.nextInt(20), "reference", "bench-" + System.nanoTime()));
                        if (r.status() == 204) {
                            results.updates.increment();
                        } else {
                            results.error("update: HTTP " + r.status());
                        }
                    } catch (NoAnswer e) {
                        results.error("update: " + e.kind);
                    }
                }
            }, "updater-" + u));
        }
        threads.add(new Thread(() -> probeVisibility(api, updater, c, results, end, o.timeoutSeconds), "visibility"));
        Map<String, Long> measuredCpu = cpu.read();
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> afterCpu = cpu.read();
        report(o, c, results, seconds, rebuilds, loadSeconds, catchUpSeconds);
        if (rebuildCores != null) {
            System.out.println("cpu rebuild " + rebuildCores);
        }
        System.out.println("cpu search  " + Cpu.cores(measuredCpu, afterCpu, seconds));
        long requests = results.all.size() + results.updates.sum();
        if (requests > 0 && Cpu.total(measuredCpu, afterCpu) > 0) {
            System.out.printf(Locale.ROOT, "cpu per request %.1f ms (all processes, searches and updates together)%n",
                    (double) Cpu.total(measuredCpu, afterCpu) / requests);
        }
        boolean ok = results.errors.isEmpty() && results.invisible.get() == 0 && !results.visibility.isEmpty();
        System.exit(ok ? 0 : 1);
    }

    /**
     * One price change at a time: a SKU gets a price no other SKU of the catalogue has (2000.00 and
     * up, so outside the catalogue's range), and search is asked every 10 ms for products at exactly
     * that price until the product is among them. The time runs from the ledger's 204 to that answer.
     */
    static void probeVisibility(Api api, String token, Catalogue c, Results results, long end, int timeoutSeconds) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long cents = 200_000 + random.nextLong(1_000_000) * 100;
        while (System.nanoTime() < end) {
            int i = random.nextInt(c.products());
            String price = String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
            cents += 1 + random.nextInt(7);
            try {
                Reply changed = api.put("/api/products/" + c.productId(i) + "/skus/" + c.skuId(i, 0) + "/price", token,
                        json("price", new Raw(json("amount", price, "currency", "CNY"))));
                if (changed.status() != 204) {
                    results.error("probe: HTTP " + changed.status());
                    continue;
                }
                long t0 = System.nanoTime();
                long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
                String path = "/api/products/search?minPrice=" + price + "&maxPrice=" + price + "&size=100";
                while (true) {
                    Reply found = api.get(path);
                    if (found.status() == 200 && mentions(found.body(), c.productId(i))) {
                        results.visibility.add(System.nanoTime() - t0);
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        results.invisible.incrementAndGet();
                        break;
                    }
                    TimeUnit.MILLISECONDS.sleep(10);
                }
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (NoAnswer e) {
                results.error("probe: " + e.kind);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void report(Options o, Catalogue c, Results r, double seconds, List<String> rebuilds, double loadSeconds,
                       double catchUpSeconds) {
        Stat all = new Stat(r.all);
        Stat visible = new Stat(r.visibility);
        System.out.println();
        System.out.println("== Search benchmark ==");
        System.out.printf(Locale.ROOT, "machine     %d cores, load average at the end %.2f, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "catalogue   %s: %d products, %d SKUs%n", c.id(), c.products(), c.products() * c.skusPerProduct());
        if (!Double.isNaN(loadSeconds)) {
            System.out.printf(Locale.ROOT, "load        %.1f s over HTTP with %d clients (%.0f SKUs/s); index caught up %.1f s later%n",
                    loadSeconds, o.loaders, c.products() * c.skusPerProduct() / loadSeconds, catchUpSeconds);
        }
        rebuilds.forEach(line -> System.out.println("rebuild     " + line));
        System.out.printf(Locale.ROOT, "measured    %.1f s, %d searchers: %d searches (%.0f/s, %d with hits), "
                        + "%d updates streamed (%.1f/s)%n", seconds, o.searchers, all.sorted.length, all.sorted.length / seconds,
                r.hits.sum(), r.updates.sum(), r.updates.sum() / seconds);
        System.out.println();
        System.out.println("latency (ms)                      n      p50      p95      p99      max");
        row("all searches", all);
        new TreeMap<>(r.latencies).forEach((kind, values) -> row(kind, new Stat(values)));
        row("price change -> found by search", visible);
        if (r.invisible.get() > 0) {
            System.out.printf("  %d price changes were not found within --timeout-seconds%n", r.invisible.get());
        }
        if (r.errors.isEmpty()) {
            System.out.println("errors      none");
        } else {
            System.out.println("errors:");
            r.errors.forEach((kind, n) -> System.out.printf("  %6d  %s%n", n.sum(), kind));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "summary: %d SKUs (%d products); rebuild %s; search p50/p95/p99 %s/%s/%s ms at %.0f/s "
                        + "with %.1f updates/s; price change visible p50/p99 %s/%s ms (%d probes); %d cores%n",
                c.products() * c.skusPerProduct(), c.products(), rebuilds.isEmpty() ? "-" : rebuilds.get(rebuilds.size() - 1),
                ms(all.p(50)), ms(all.p(95)), ms(all.p(99)), all.sorted.length / seconds, r.updates.sum() / seconds,
                ms(visible.p(50)), ms(visible.p(99)), visible.sorted.length, Runtime.getRuntime().availableProcessors());
    }

    static void row(String name, Stat s) {
        System.out.printf("  %-30s %6d %8s %8s %8s %8s%n", name, s.sorted.length, ms(s.p(50)), ms(s.p(95)), ms(s.p(99)), ms(s.max()));
    }
}
