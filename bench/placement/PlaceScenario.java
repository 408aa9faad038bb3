package placement;

import java.util.Locale;

/**
 * {@code place-and-pay} and {@code place-only}: orders of one unit of a random product, in a
 * closed loop (buyers that each wait for their order) or an open loop ({@code --rate}).
 */
final class PlaceScenario {

    private PlaceScenario() {
    }

    /** Runs the scenario, prints its report and adds its rows to the summary; true when at most 1 % failed. */
    static boolean run(Bench b, boolean pay, double rate) throws Exception {
        Options o = b.options;
        boolean open = rate > 0;
        String name = (pay ? "place-and-pay" : "place-only") + (open ? " (open loop)" : " (closed loop)");
        String unit = pay ? "paid order" : "placement";
        b.warmUp();
        Results r = new Results();
        LagSampler lag = new LagSampler(b.api, b.setup.admin);
        lag.start();
        Cpu.Sample before = b.cpu.sample();
        long wall = open
                ? Load.open(name, b.buyers, rate, o.durationSeconds, o.maxInFlight, b.order(pay), r)
                : Load.closed(name, b.buyers(o.buyers), o.orders, o.closedLoopByDuration() ? o.durationSeconds : 0,
                        b.order(pay), r);
        Cpu.Sample after = b.cpu.sample();
        double seconds = wall / 1e9;
        long completed = r.completed.sum();
        long failed = r.failed.sum();
        long started = Math.max(1, r.started.sum());
        double perSecond = completed / seconds;

        Report.title(name);
        System.out.println(open
                ? String.format(Locale.ROOT, "parameters  --rate %.1f --duration %ds --max-in-flight %d, %d buyers round robin",
                        rate, o.durationSeconds, o.maxInFlight, b.buyers.size())
                : String.format(Locale.ROOT, "parameters  --buyers %d %s", Math.min(o.buyers, b.buyers.size()),
                        o.closedLoopByDuration() ? "--duration " + o.durationSeconds + "s" : "--orders " + o.orders));
        if (open) {
            System.out.printf(Locale.ROOT, "offered     %d orders arrived in %d s: %.1f/s%n", r.started.sum(), o.durationSeconds,
                    r.started.sum() / (double) o.durationSeconds);
        }
        System.out.printf(Locale.ROOT, "throughput  %.1f %ss/s completed (%s) over %.1f s, %.1f placements/s accepted%n",
                perSecond, unit, pay ? "PAID or later" : "PENDING_PAYMENT", seconds, r.placementsAccepted.sum() / seconds);
        System.out.printf(Locale.ROOT, "orders      %d started: %d completed, %d failed (%.2f%%)%n", r.started.sum(), completed,
                failed, 100.0 * failed / started);
        Report.latencies(r, open ? "end to end (from scheduled start)" : "end to end");
        Report.outcomes(r, seconds);
        Cpu.Usage usage = b.cpu.between(before, after);
        System.out.print(usage.report(completed, unit));
        lag.stopAndReport();
        System.out.printf(Locale.ROOT, "summary: %s: %.1f %ss/s; end to end p50/p90/p99/p99.9 %s/%s/%s/%s ms; %d failed; %s%n",
                name, perSecond, unit, Histogram.ms(r.total.percentileMillis(50)), Histogram.ms(r.total.percentileMillis(90)),
                Histogram.ms(r.total.percentileMillis(99)), Histogram.ms(r.total.percentileMillis(99.9)), failed,
                cpuLine(usage, completed, unit));

        double p99 = r.total.percentileMillis(99);
        if (pay && !open) {
            Report.row(name, String.format(Locale.ROOT, "%.1f orders/s, %d failed (%d buyers)", perSecond, failed,
                    Math.min(o.buyers, b.buyers.size())), ">= 100 orders/s, 0 failed", perSecond >= 100 && failed == 0);
        } else if (pay) {
            Report.row(name, String.format(Locale.ROOT, "p99 %s ms at %.0f/s offered (%.1f/s done), %d failed",
                    Histogram.ms(p99), rate, perSecond, failed), "p99 <= 500 ms at 50/s offered", p99 <= 500 && failed == 0
                    && rate >= 50);
        } else {
            Report.row(name, String.format(Locale.ROOT, "%.1f placements/s, %d failed", perSecond, failed),
                    ">= 300 orders/s", perSecond >= 300 && failed == 0);
        }
        if (pay) {
            Report.row(name, cpuLine(usage, completed, unit), "printed", null);
        }
        return failed * 100 <= started;
    }

    /** CPU per unit in each process, on one line. */
    static String cpuLine(Cpu.Usage usage, long units, String unit) {
        if (usage.groups().isEmpty()) {
            return "cpu not measured";
        }
        StringBuilder sb = new StringBuilder("cpu ms/" + unit + ":");
        for (int i = 0; i < usage.groups().size(); i++) {
            // "ledger JVM" reads "ledger", a second node's "ledger JVM 2" "ledger-2"
            sb.append(' ').append(usage.groups().get(i).name().replace(" JVM", "").replace(' ', '-')).append(' ')
                    .append(usage.groups().get(i).pid() > 0 ? Histogram.ms(usage.perUnit(i, units)) : "?");
        }
        return sb.append(String.format(Locale.ROOT, " (machine %.0f%% busy, load %.1f)", usage.machineBusyPercent(),
                usage.loadEnd())).toString();
    }
}
