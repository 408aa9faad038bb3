package dev.orderledger.app.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.Storefront;
import dev.orderledger.app.web.IdempotencyStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two packaged ledgers on one database and one Elasticsearch node (the first node's embedded ones, which
 * outlive its JVM), sharing the processors' segments, with place-and-pay load sent to both at random, as
 * behind a load balancer. The first node is killed with kill -9 in the middle of it; the load goes on against
 * the second, resending what got no answer with the same idempotency key. Then the survivor holds every
 * segment within the claim timeout and a claim interval, every acknowledged order and payment is there and
 * ended legally, no order is paid twice, stock is conserved and the books reconcile; and each node answered
 * placements with their outcome, whichever node's view made it ({@code OrderChangeChannel}). Before the
 * load, a rebuild asked of the node that does not hold the projection is refused.
 * {@code -Dtwo-nodes.seed=} replays a run's random choices.
 */
class TwoNodeIT {

    /** Axon's claim timeout (application.yml) and a pooled processor's claim interval, and a margin. */
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(10 + 5 + 5);

    @Test
    void twoNodesShareTheWorkAndTheSurvivorOfAKillTakesItAllOverLosingNothing() throws Exception {
        long seed = Long.getLong("two-nodes.seed", System.nanoTime());
        Random random = new Random(seed);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        List<String> shared = with(LoadScenario.ledgerArguments(),
                "--ledger.security.jwt.secret=" + Base64.getEncoder().encodeToString(key),
                "--ledger.cluster.balance-interval=PT3S");
        Path first = LedgerProcess.freshDataDirectory(Path.of("target", "two-nodes-1"));
        Path second = LedgerProcess.freshDataDirectory(Path.of("target", "two-nodes-2"));
        try (LedgerProcess one = new LedgerProcess(first, LedgerProcess.freePort(), with(shared, "--ledger.order-id.machine-id=1"))) {
            Duration firstStart = one.start();
            try (LedgerProcess two = new LedgerProcess(second, LedgerProcess.freePort(), with(shared,
                    "--ledger.order-id.machine-id=2",
                    "--spring.datasource.url=" + one.jdbcUrl(),
                    "--ledger.elasticsearch.url=" + one.elasticsearchUrl()))) {
                Duration secondStart = two.start();
                Storefront shop = new Storefront(one.client());
                List<String> buyers = LoadScenario.openShop(shop);
                String admin = shop.login(LoadScenario.ADMIN, LoadScenario.ADMIN_PASSWORD);

                JsonNode balanced = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
                        () -> cluster(two.client(), admin), cluster -> cluster.at("/nodes").size() == 2
                                && holds(cluster, name(one.client(), admin)) > 0 && holds(cluster, name(two.client(), admin)) > 0
                                && StreamSupport.stream(cluster.at("/claims").spliterator(), false)
                                .noneMatch(claim -> claim.at("/owner").isNull()));
                String survivor = balanced.at("/self").asText();
                String victim = name(one.client(), admin);
                long victimHeld = holds(balanced, victim);
                long survivorHeld = holds(balanced, survivor);

                // a projection is rebuilt by the node that holds it: the other refuses and changes nothing
                LedgerClient notHolding = victim.equals(owner(balanced, "order-views")) ? two.client() : one.client();
                LedgerClient.Response refused = notHolding.post("/api/admin/projections/order-views/rebuild", null).as(admin).send();
                assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
                assertThat(refused.text()).contains("HELD_BY_ANOTHER_NODE");

                PlaceAndPayLoad load = new PlaceAndPayLoad(List.of(one.client(), two.client()), buyers,
                        List.copyOf(LoadScenario.STOCK.keySet()), seed);
                load.start();
                awaitMoreWrites(load, 40 + random.nextInt(30));
                one.kill();
                long killed = System.nanoTime();
                JsonNode takenOver = await().atMost(TAKEOVER_LIMIT).pollInterval(Duration.ofMillis(250)).until(
                        () -> cluster(two.client(), admin), cluster -> StreamSupport.stream(cluster.at("/claims").spliterator(), false)
                                .allMatch(claim -> survivor.equals(claim.at("/owner").asText())));
                Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
                awaitMoreWrites(load, 20);
                load.stop();

                CrashAudit audit = new CrashAudit(two.client(),
                        new Storefront(two.client()).login(LoadScenario.ADMIN, LoadScenario.ADMIN_PASSWORD), one.jdbcUrl());
                audit.awaitProjectionsCaughtUp(System.nanoTime(), Duration.ofSeconds(60));
                audit.awaitEveryOrderSettled(LoadScenario.PAYMENT_TIMEOUT.multipliedBy(6));
                String outcome = audit.assertNothingLost(load, LoadScenario.STOCK, LoadScenario.SCARCE_PRODUCT);
                Map<String, Integer> answers = load.placementAnswers();
                System.out.printf("""
                        TwoNodeIT (seed %d): nodes started in %s and %s; before the kill node 1 held %d segments, node 2 %d
                        TwoNodeIT: node 1 killed; node 2 held all %d segments %d ms later
                        TwoNodeIT: placements answered %s
                        TwoNodeIT: %s
                        TwoNodeIT: %s; claims of dead requests taken over: %d
                        """, seed, firstStart, secondStart, victimHeld, survivorHeld, takenOver.at("/claims").size(),
                        takeover.toMillis(), answers, outcome, load.counts(), two.linesContaining(IdempotencyStore.TAKEN_OVER));
                assertThat(victimHeld).as("segments node 1 held while both ran").isPositive();
                assertThat(survivorHeld).as("segments node 2 held while both ran").isPositive();
                // a placement answered 201 was decided on its order view's change, wherever the view was written
                assertThat(answers.getOrDefault("node0 201", 0)).as("placements node 1 answered with their outcome: %s", answers)
                        .isPositive();
                assertThat(answers.getOrDefault("node1 201", 0)).as("placements node 2 answered with their outcome: %s", answers)
                        .isPositive();
                audit.awaitProjectionsCaughtUp(System.nanoTime(), Duration.ofSeconds(30));
                assertThat(audit.deadLetters()).as(audit.projections()).isZero();
            }
        }
    }

    private static List<String> with(List<String> shared, String... own) {
        List<String> arguments = new ArrayList<>(shared);
        arguments.addAll(List.of(own));
        return arguments;
    }

    private static void awaitMoreWrites(PlaceAndPayLoad load, int more) {
        int target = load.acknowledgedWrites() + more;
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> load.acknowledgedWrites() >= target);
    }

    private static JsonNode cluster(LedgerClient node, String admin) {
        LedgerClient.Response cluster = node.get("/api/admin/cluster").as(admin).send();
        assertThat(cluster.status()).as(cluster.toString()).isEqualTo(200);
        return cluster.json();
    }

    private static String name(LedgerClient node, String admin) {
        return cluster(node, admin).at("/self").asText();
    }

    private static String owner(JsonNode cluster, String processor) {
        return StreamSupport.stream(cluster.at("/claims").spliterator(), false)
                .filter(claim -> processor.equals(claim.at("/processor").asText())).findFirst().orElseThrow()
                .at("/owner").asText();
    }

    private static long holds(JsonNode cluster, String node) {
        return StreamSupport.stream(cluster.at("/claims").spliterator(), false)
                .filter(claim -> node.equals(claim.at("/owner").asText())).count();
    }
}
