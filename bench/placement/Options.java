package placement;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The command line: a scenario and its options (see {@link #usage}). */
final class Options {

    String scenario = "place-and-pay";
    String url = "http://localhost:8080";
    String adminEmail = "admin@bench.local";
    String adminPassword = "bench-admin-secret-1";
    int products = 50;
    int timeoutSeconds = 60;
    boolean reconcile = true;
    // closed loop
    int buyers = 32;
    boolean buyersGiven;
    int orders = 2000;
    boolean ordersGiven;
    int warmup = 200;
    // open loop
    double rate;
    int durationSeconds = 60;
    boolean durationGiven;
    int maxInFlight = 512;
    // read
    int readers = 16;
    int readOrders = 200;
    double readRate = 10;
    // flash sale
    int units = 1000;
    int flashBuyers = 64;
    int attempts = 5000;
    int unpaid = -1;
    boolean resell;
    int resellMaxWaitSeconds = 600;
    // processes
    long ledgerPid;
    long postgresPid;
    long elasticsearchPid;

    static Options parse(String[] args) {
        Options o = new Options();
        int i = 0;
        if (args.length > 0 && !args[0].startsWith("-")) {
            o.scenario = args[i++];
            if (!java.util.List.of("place-and-pay", "place-only", "read", "flash-sale", "all").contains(o.scenario)) {
                Main.fail("unknown scenario " + o.scenario + " (place-and-pay, place-only, read, flash-sale, all)");
            }
        }
        for (; i < args.length; i++) {
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
                case "--no-pay" -> o.scenario = "place-only";
                case "--no-reconcile" -> o.reconcile = false;
                case "--resell" -> o.resell = true;
                default -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            Main.fail("missing value for " + arg + " (try --help)");
                        }
                        value = args[++i];
                    }
                    o.set(arg, value.trim());
                }
            }
        }
        if (o.unpaid < 0) {
            o.unpaid = o.resell ? Math.max(1, o.units / 10) : 0;
        }
        if (o.unpaid > o.units) {
            Main.fail("--unpaid cannot exceed --units");
        }
        return o;
    }

    private void set(String name, String value) {
        switch (name) {
            case "--url" -> url = value.replaceAll("/+$", "");
            case "--admin-email" -> adminEmail = value;
            case "--admin-password" -> adminPassword = value;
            case "--products" -> products = number(name, value, 1);
            case "--timeout-seconds" -> timeoutSeconds = number(name, value, 1);
            case "--buyers" -> {
                buyers = number(name, value, 1);
                flashBuyers = buyers;
                buyersGiven = true;
            }
            case "--orders" -> {
                orders = number(name, value, 1);
                ordersGiven = true;
            }
            case "--warmup" -> warmup = number(name, value, 0);
            case "--rate" -> rate = decimal(name, value);
            case "--duration" -> {
                durationSeconds = seconds(name, value);
                durationGiven = true;
            }
            case "--max-in-flight" -> maxInFlight = number(name, value, 1);
            case "--readers" -> readers = number(name, value, 1);
            case "--read-orders" -> readOrders = number(name, value, 1);
            case "--read-rate" -> readRate = decimal(name, value);
            case "--units" -> units = number(name, value, 1);
            case "--attempts" -> attempts = number(name, value, 1);
            case "--unpaid" -> unpaid = number(name, value, 0);
            case "--resell-max-wait" -> resellMaxWaitSeconds = seconds(name, value);
            case "--ledger-pid" -> ledgerPid = number(name, value, 1);
            case "--postgres-pid" -> postgresPid = number(name, value, 1);
            case "--elasticsearch-pid" -> elasticsearchPid = number(name, value, 1);
            default -> Main.fail("unknown option " + name + " (try --help)");
        }
    }

    /** The closed loop runs a count of orders, unless a duration was given without one. */
    boolean closedLoopByDuration() {
        return durationGiven && !ordersGiven;
    }

    /** The nodes' base URLs: {@code --url} may name several, comma-separated. */
    List<String> urls() {
        return Arrays.stream(url.split(",")).map(String::trim).filter(u -> !u.isEmpty())
                .map(u -> u.replaceAll("/+$", "")).toList();
    }

    /** The port of each node's URL. */
    List<Integer> ports() {
        return urls().stream().map(URI::create)
                .map(uri -> uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80).toList();
    }

    private static int number(String name, String value, int min) {
        try {
            int n = Integer.parseInt(value);
            if (n < min) {
                Main.fail(name + " must be at least " + min);
            }
            return n;
        } catch (NumberFormatException e) {
            Main.fail(name + " needs a whole number, not " + value);
            return 0;
        }
    }

    private static double decimal(String name, String value) {
        try {
            double d = Double.parseDouble(value);
            if (!(d > 0)) {
                Main.fail(name + " must be more than 0");
            }
            return d;
        } catch (NumberFormatException e) {
            Main.fail(name + " needs a number, not " + value);
            return 0;
        }
    }

    /** 60, 60s, 2m, 1h. */
    private static int seconds(String name, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        int unit = v.endsWith("h") ? 3600 : v.endsWith("m") ? 60 : 1;
        if (v.endsWith("h") || v.endsWith("m") || v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        }
        return number(name, v, 1) * unit;
    }

    static void usage() {
        System.out.println("""
                usage: java bench/PlacementBenchmark.java [scenario] [options]
                scenarios:
                  place-and-pay   place and pay orders end to end (default); closed loop, or open loop with --rate
                  place-only      place orders up to PENDING_PAYMENT (as --no-pay); closed or open loop
                  read            --readers clients read existing orders while orders flow at --read-rate
                  flash-sale      one new SKU with --units units, --buyers (64) buyers making --attempts attempts
                  all             the above in sequence (closed, open at --rate or 50/s, place-only, read,
                                  flash-sale), then a summary table against the issue's targets
                common:
                  --url URL[,URL...]      the ledger (default http://localhost:8080); several nodes' URLs, comma-separated,
                                          share the requests in turn and the CPU report counts every node's JVM
                  --admin-email E         the bootstrap admin (default admin@bench.local)
                  --admin-password P      its password (default bench-admin-secret-1)
                  --products N            products on shelf, one SKU each (default 50)
                  --timeout-seconds N     per order and step: give up waiting after N s (default 60)
                  --no-reconcile          skip finance's replay and reconciliation after the run
                  --ledger-pid, --postgres-pid, --elasticsearch-pid PID
                                          the processes whose CPU is reported (found in /proc by default)
                closed loop:
                  --buyers N              concurrent buyers, one thread each (default 32; 64 in flash-sale)
                  --orders N              measured orders, all buyers together (default 2000)
                  --duration D            run for D (60, 60s, 2m) instead of a count of orders
                  --warmup N              orders run first and not measured (default 200)
                open loop:
                  --rate R                offered orders/s, Poisson arrivals; latency from the scheduled start
                  --duration D            how long orders arrive (default 60s)
                  --max-in-flight N       threads for orders in flight (default 512); 4 x N more may wait
                read:
                  --readers N             concurrent readers of GET /api/orders/{id} (default 16)
                  --read-orders N         paid orders made first for them to read (default 200)
                  --read-rate R           offered placed-and-paid orders/s meanwhile (default 10)
                flash sale:
                  --units N               units of the SKU on sale (default 1000)
                  --attempts N            placement attempts, all buyers together (default 5000)
                  --unpaid N              successful placements left unpaid (default 0, or a tenth of the units with --resell)
                  --resell                wait for the unpaid reservations to be released at their deadline, then sell them again
                  --resell-max-wait D     give up when the deadline is further away than D (default 10m)
                exit status: 0 when the run met its checks (at most 1% failed orders, flash sale exact, books balanced),
                1 otherwise, 2 when set-up failed""");
    }
}
