package placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Prints a phase's results, and the summary table of a run: scenario, figure, the target, met. */
final class Report {

    private Report() {
    }

    /** One line of the summary table; {@code met} null when the figure has no target. */
    record Row(String scenario, String figure, String target, Boolean met) {
    }

    static final List<Row> ROWS = new ArrayList<>();

    static void row(String scenario, String figure, String target, Boolean met) {
        ROWS.add(new Row(scenario, figure, target, met));
    }

    static void title(String title) {
        System.out.println();
        System.out.println("== " + title + " ==");
    }

    /** The latency of each step that has samples, and the end-to-end distribution. */
    static void latencies(Results r, String totalName) {
        System.out.println(Histogram.HEADER);
        line(r.queued, "waiting for a client thread");
        line(r.place, "placement POST /api/orders");
        line(r.ownRead, "read own placement (token)");
        line(r.toPending, "place -> PENDING_PAYMENT");
        line(r.pay, "pay POST /api/pay-orders");
        line(r.toPaid, "pay -> PAID");
        line(r.refusal, "place -> refused");
        line(r.total, totalName);
        if (r.total.count() > 0) {
            System.out.println("  " + totalName + ", distribution:");
            System.out.print(r.total.bars("    "));
        }
    }

    private static void line(Histogram h, String name) {
        if (h.count() > 0) {
            System.out.println(h.row(name));
        }
    }

    /** How the ledger answered, failures and refusals by kind, polls that were retried. */
    static void outcomes(Results r, double seconds) {
        long orders = Math.max(1, r.started.sum());
        System.out.printf(Locale.ROOT, "polls       %d GET /api/orders/{id} (%.1f per order, %.0f/s)%n", r.polls.sum(),
                (double) r.polls.sum() / orders, r.polls.sum() / seconds);
        counts("protocol (how the ledger answered):", r.protocol);
        counts("refusals (by reason):", r.refusals);
        if (r.errors.isEmpty()) {
            System.out.println("errors      none");
        } else {
            counts("errors (failed orders, by kind):", r.errors);
        }
        counts("status polls that failed and were retried:", r.retried);
    }

    private static void counts(String title, Map<String, LongAdder> map) {
        if (map.isEmpty()) {
            return;
        }
        System.out.println(title);
        map.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %7d  %s%n", e.getValue().sum(), e.getKey()));
    }

    static void summaryTable(String commandLine, double loadAtEnd) {
        title("Summary");
        System.out.println("command     " + commandLine);
        System.out.printf(Locale.ROOT, "machine     %d cores, load average %.2f at the end%n",
                Runtime.getRuntime().availableProcessors(), loadAtEnd);
        int w1 = 12;
        int w2 = 20;
        int w3 = 20;
        for (Row row : ROWS) {
            w1 = Math.max(w1, row.scenario().length());
            w2 = Math.max(w2, row.figure().length());
            w3 = Math.max(w3, row.target().length());
        }
        String format = "%-" + w1 + "s | %-" + w2 + "s | %-" + w3 + "s | %s%n";
        System.out.printf(format, "scenario", "figure", "target (issue 12)", "met?");
        System.out.printf(format, "-".repeat(w1), "-".repeat(w2), "-".repeat(w3), "----");
        for (Row row : ROWS) {
            System.out.printf(format, row.scenario(), row.figure(), row.target(),
                    row.met() == null ? "-" : row.met() ? "yes" : "NO");
        }
    }
}
