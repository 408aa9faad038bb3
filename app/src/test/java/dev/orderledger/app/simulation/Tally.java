package dev.orderledger.app.simulation;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** Running totals over every history of a simulation, printed at its end. */
final class Tally {

    final AtomicLong seeds = new AtomicLong();
    final AtomicLong runs = new AtomicLong();
    final AtomicLong actions = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong orders = new AtomicLong();
    final AtomicLong payOrders = new AtomicLong();
    final AtomicLong refunds = new AtomicLong();
    final AtomicLong misbehaviours = new AtomicLong();
    final AtomicLong checks = new AtomicLong();
    final AtomicLong replays = new AtomicLong();
    final AtomicLong failedSeeds = new AtomicLong();
    final AtomicLong playNanos = new AtomicLong();
    final AtomicLong settleNanos = new AtomicLong();
    final AtomicLong checkNanos = new AtomicLong();
    final AtomicLong replayNanos = new AtomicLong();
    private final Map<String, LongAdder> nanosByAction = new ConcurrentHashMap<>();

    /** Time spent on one kind of action (or on registering users), for the summary. */
    void played(String what, long nanos) {
        nanosByAction.computeIfAbsent(what, any -> new LongAdder()).add(nanos);
    }

    String summary(Duration took, int parallel) {
        return String.format(Locale.ROOT, """
                Seeded simulation: %d seeds in %.1f s (%d at a time), %d failed
                  %d runs (shrinking included), %d actions played (%d skipped: their subject was not there, %d refused by the ledger with a 4xx)
                  %d orders placed, %d pay orders, %d refunds, %d partner misbehaviours planted
                  %d invariant checks passed or failed, %d reconciliation replays (%.1f s)
                  time in histories: %.1f s playing, %.1f s settling, %.1f s checking (summed over histories)
                """, seeds.get(), took.toMillis() / 1000.0, parallel, failedSeeds.get(), runs.get(), actions.get(),
                skipped.get(), refused.get(), orders.get(), payOrders.get(), refunds.get(), misbehaviours.get(),
                checks.get(), replays.get(), seconds(replayNanos), seconds(playNanos), seconds(settleNanos),
                seconds(checkNanos)) + "  playing, by action: " + nanosByAction.entrySet().stream()
                .sorted(Comparator.comparingLong(entry -> -entry.getValue().sum()))
                .map(entry -> String.format(Locale.ROOT, "%s %.1f s", entry.getKey(), entry.getValue().sum() / 1e9))
                .collect(Collectors.joining(", ")) + "\n";
    }

    private static double seconds(AtomicLong nanos) {
        return nanos.get() / 1e9;
    }
}
