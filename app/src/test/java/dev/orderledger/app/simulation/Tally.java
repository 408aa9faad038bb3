package dev.orderledger.app.simulation;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

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

    String summary(Duration took, int parallel) {
        return String.format(Locale.ROOT, """
                Seeded simulation: %d seeds in %.1f s (%d at a time), %d failed
                  %d runs (shrinking included), %d actions played (%d skipped: their subject was not there, %d refused by the ledger with a 4xx)
                  %d orders placed, %d pay orders, %d refunds, %d partner misbehaviours planted
                  %d invariant checks passed or failed, %d reconciliation replays
                """, seeds.get(), took.toMillis() / 1000.0, parallel, failedSeeds.get(), runs.get(), actions.get(),
                skipped.get(), refused.get(), orders.get(), payOrders.get(), refunds.get(), misbehaviours.get(),
                checks.get(), replays.get());
    }
}
