package dev.orderledger.app.simulation;

import dev.orderledger.app.simulation.ActionRunner.Step;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One seed: its history played and checked; when it fails, shrunk to the shortest history that still
 * breaks an invariant the same way ({@link Violation#signature}; every try a fresh run, with fresh
 * users and products), and reported with the command that replays that history.
 */
final class SeedRun {

    private final SimulationContext ctx;
    private final long seed;
    private final AtomicInteger attempts = new AtomicInteger();

    SeedRun(SimulationContext ctx, long seed) {
        this.ctx = ctx;
        this.seed = seed;
    }

    /**
     * @param only        the action numbers to play (all when empty)
     * @param shrinkRuns     how many runs shrinking may spend
     * @param shrinkTime     how long after it begins shrinking starts no new run
     * @return null when the history kept every invariant, else what it broke and its shortest failing history
     */
    String play(Set<Integer> only, int shrinkRuns, Duration shrinkTime) {
        List<Action> history = HistoryGenerator.history(seed);
        List<Step> steps = IntStream.range(0, history.size()).filter(i -> only.isEmpty() || only.contains(i))
                .mapToObj(i -> new Step(i, history.get(i))).toList();
        long started = System.nanoTime();
        World world = ActionRunner.run(ctx, seed, attempts.getAndIncrement(), steps);
        ctx.tally().seeds.incrementAndGet();
        System.out.printf("seed %d: %d actions, %d orders, %d pay orders, %d refunds, %s (%.1f s)%n", seed, steps.size(),
                world.orders.size(), world.payOrders.size(), world.refunds.size(),
                world.violations.isEmpty() ? "kept every invariant" : world.violations.size() + " violations, first "
                        + world.violations.get(0) + "; shrinking", (System.nanoTime() - started) / 1e9);
        if (world.violations.isEmpty()) {
            return null;
        }
        ctx.tally().failedSeeds.incrementAndGet();
        Set<String> broken = world.violations.stream().map(violation -> violation.signature(world.tag))
                .collect(Collectors.toSet());
        List<List<Violation>> lastFailing = new ArrayList<>(List.of(List.copyOf(world.violations)));
        Shrinker<Step> shrinker = new Shrinker<>(candidate -> {
            World again = ActionRunner.run(ctx, seed, attempts.getAndIncrement(), candidate);
            boolean fails = again.violations.stream().anyMatch(violation -> broken.contains(violation.signature(again.tag)));
            if (fails) {
                lastFailing.set(0, List.copyOf(again.violations));
            }
            return fails;
        }, shrinkRuns, System.nanoTime() + shrinkTime.toNanos());
        // actions skipped for want of their subject did nothing: a history without them is the first try
        List<Step> effective = steps.stream().filter(step -> !world.skipped.contains(step.index())).toList();
        List<Step> start = effective.size() < steps.size() && shrinker.fails(effective) ? effective : steps;
        List<Step> minimal = shrinker.shrink(start);
        String report = report(steps, world.violations, minimal, lastFailing.get(0), shrinker.runs());
        System.out.print(report);
        return report;
    }

    private String report(List<Step> steps, List<Violation> found, List<Step> minimal, List<Violation> minimalFound, int runs) {
        StringBuilder text = new StringBuilder();
        text.append("\nSeed ").append(seed).append(" broke the ledger's invariants (").append(steps.size()).append(" actions):\n");
        found.forEach(violation -> text.append("  ").append(violation).append('\n'));
        text.append("Shortest history found that still fails (").append(minimal.size()).append(" actions, ").append(runs)
                .append(" runs spent shrinking):\n");
        minimal.forEach(step -> text.append("  ").append(step).append('\n'));
        text.append("which broke:\n");
        minimalFound.forEach(violation -> text.append("  ").append(violation).append('\n'));
        text.append("Replay it: ./mvnw -B verify -pl app -am -Dit.test=SeededSimulationIT -Dtest=none")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dsimulation.first-seed=").append(seed)
                .append(" -Dsimulation.seeds=1 -Dsimulation.shrink-runs=0 -Dsimulation.actions=")
                .append(minimal.stream().map(step -> String.valueOf(step.index())).collect(Collectors.joining(","))).append('\n');
        return text.toString();
    }
}
