package placement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import placement.Api.NoAnswer;
import placement.Setup.SetupFailure;

/**
 * The placement benchmark: sets up buyers and products, runs the scenario(s), reconciles the books
 * and prints the summary table. See bench/README.md and {@code --help}.
 */
public final class Main {

    private Main() {
    }

    static void fail(String message) {
        System.err.println("PlacementBenchmark: " + message);
        System.exit(2);
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Api api = new Api(o.urls(), Duration.ofSeconds(Math.max(30, o.timeoutSeconds)));
        Setup setup = new Setup(api);
        String commandLine = "java bench/PlacementBenchmark.java " + String.join(" ", args);
        System.out.printf("PlacementBenchmark: %s, run %s, scenario %s, started %s%n", o.url, setup.run, o.scenario,
                Instant.now());
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine     %d cores, load average %.2f before set-up; benchmark JVM max heap %d MiB, %s %s,"
                        + " Java %s%n", rt.availableProcessors(), Cpu.loadAverage(), rt.maxMemory() / (1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));

        boolean all = o.scenario.equals("all");
        boolean flash = all || o.scenario.equals("flash-sale");
        int buyerCount = Math.max(flash ? o.flashBuyers : 0, o.scenario.equals("flash-sale") ? 0 : o.buyers);
        Bench bench;
        long setupStart = System.nanoTime();
        try {
            setup.loginAdminAndSeller(o);
            var buyers = setup.buyers(buyerCount);
            var skus = o.scenario.equals("flash-sale") ? List.<Setup.Sku>of() : setup.products(o.products);
            bench = new Bench(o, api, setup, buyers, skus, Cpu.find(o));
        } catch (SetupFailure e) {
            fail("set-up failed: " + e.getMessage());
            return;
        } catch (NoAnswer e) {
            fail("set-up failed: " + e.kind + " at " + o.url + " (is the ledger running?)");
            return;
        }
        System.out.printf("set-up      %d buyers and %d products on shelf in %.1f s%n", bench.buyers.size(), bench.skus.size(),
                (System.nanoTime() - setupStart) / 1e9);
        System.out.println(bench.cpu.describe());
        if (all && !o.durationGiven) {
            System.out.println("all         each scenario runs --duration " + o.durationSeconds + "s");
            o.durationGiven = true;
        }

        boolean ok = true;
        try {
            switch (o.scenario) {
                case "place-and-pay" -> ok = PlaceScenario.run(bench, true, o.rate);
                case "place-only" -> ok = PlaceScenario.run(bench, false, o.rate);
                case "read" -> ok = ReadScenario.run(bench);
                case "flash-sale" -> ok = FlashSale.run(bench);
                default -> {
                    ok &= PlaceScenario.run(bench, true, 0);
                    ok &= PlaceScenario.run(bench, true, o.rate > 0 ? o.rate : 50);
                    ok &= PlaceScenario.run(bench, false, 0);
                    ok &= ReadScenario.run(bench);
                    ok &= FlashSale.run(bench);
                }
            }
        } catch (SetupFailure e) {
            System.out.println("scenario set-up failed: " + e.getMessage());
            ok = false;
        }
        System.out.println();
        if (o.reconcile) {
            boolean balanced;
            try {
                balanced = Reconcile.run(api, setup.admin);
            } catch (NoAnswer e) {
                System.out.println("reconciliation: " + e.kind);
                balanced = false;
            }
            Report.row("reconciliation", balanced ? "the books balance" : "DISCREPANCIES", "clean after every run", balanced);
            ok &= balanced;
        }
        Report.summaryTable(commandLine, Cpu.loadAverage());
        System.out.println(ok ? "RESULT      OK" : "RESULT      FAIL");
        System.exit(ok ? 0 : 1);
    }
}
