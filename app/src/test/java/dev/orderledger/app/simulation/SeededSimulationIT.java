package dev.orderledger.app.simulation;

import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.query.consistency.ProjectionProgress;
import dev.orderledger.simulator.gateway.SimulatedGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded simulation: a budget of seeds, each a generated history played against the whole ledger
 * (several at a time, each with its own users, products and partner behaviours), then its invariants
 * checked. A failing seed is printed with the shortest history found that still fails, and how to replay it.
 *
 * <p>Properties: {@code simulation.seeds} (100), {@code simulation.first-seed} (1), {@code simulation.parallel}
 * (histories at a time, 6), {@code simulation.shrink-runs} (runs a failing seed may spend shrinking, 40),
 * {@code simulation.shrink-minutes} (after this long a seed's shrinking starts no new run, 3),
 * {@code simulation.actions} (replay only these action numbers of the seed, e.g. {@code 0,4,7}),
 * {@code simulation.seed-list} (these seeds instead of a range, e.g. {@code 8,26,66}).
 */
class SeededSimulationIT extends LedgerIntegrationTest {

    private static final String SEARCH = "product-search";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LedgerFacts facts;

    @Autowired
    SimulatedGateway gateway;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ProjectionProgress progress;

    @Test
    void everySeededHistoryKeepsTheLedgersInvariants() throws InterruptedException, ExecutionException {
        int seeds = Integer.getInteger("simulation.seeds", 100);
        long firstSeed = Long.getLong("simulation.first-seed", 1);
        int parallel = Integer.getInteger("simulation.parallel", 6);
        int shrinkRuns = Integer.getInteger("simulation.shrink-runs", 40);
        Duration shrinkTime = Duration.ofMinutes(Long.getLong("simulation.shrink-minutes", 3));
        Set<Integer> only = numbers(System.getProperty("simulation.actions", ""));
        List<Long> seedList = numbers(System.getProperty("simulation.seed-list", "")).stream().map(Long::valueOf).sorted()
                .toList();
        String prefix = "v" + Long.toString(System.currentTimeMillis() / 1000 % 60_466_176L, 36);
        Tally tally = new Tally();
        System.out.println("Seeded simulation waits for the event processors " + processing.eventProcessors().keySet().stream()
                .filter(name -> !name.equals(SEARCH)).sorted().toList());
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        Set<String> unattributed;
        String adminToken = admin().token();
        try (Reconciler reconciler = new Reconciler(api, adminToken, tally)) {
            SimulationContext ctx = new SimulationContext(api, adminToken, this::register, jdbc, this::processed, facts,
                    gateway, reconciler, tally, prefix);
            ExecutorService histories = Executors.newFixedThreadPool(parallel);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (long seed : seedList.isEmpty() ? LongStream.range(firstSeed, firstSeed + seeds).boxed().toList() : seedList) {
                    results.add(histories.submit(() -> new SeedRun(ctx, seed).play(only, shrinkRuns, shrinkTime)));
                }
                for (Future<String> result : results) {
                    String failure = result.get();
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            } finally {
                histories.shutdownNow();
            }
            unattributed = reconciler.unattributed();
        }
        System.out.print(tally.summary(Duration.ofNanos(System.nanoTime() - started), parallel));
        unattributed.forEach(found -> System.out.println("  found by the reconciliation outside every history: " + found));
        assertThat(failures).as("seeds whose history broke an invariant (each printed with its shortest history)")
                .isEmpty();
        assertThat(unattributed).as("discrepancies the reconciliation found outside every history").isEmpty();
    }

    /**
     * Whether every event processor the invariants read through, processes and read models alike, has
     * handled the store up to this position (the product search, which no invariant reads, aside).
     */
    private boolean processed(long position) {
        return processing.eventProcessors().keySet().stream().filter(name -> !name.equals(SEARCH))
                .allMatch(name -> progress.hasProcessed(name, position));
    }

    private static Set<Integer> numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(number -> !number.isEmpty())
                .map(Integer::valueOf).collect(Collectors.toSet());
    }
}
