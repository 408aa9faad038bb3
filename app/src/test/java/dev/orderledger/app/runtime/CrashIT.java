package dev.orderledger.app.runtime;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.Storefront;
import dev.orderledger.app.web.IdempotencyStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The packaged ledger, a child process on a fresh data directory, under place-and-pay load (stock
 * that sells out, orders left to their payment timeout), killed with kill -9 at random moments
 * twice: once with a client connected to its PostgreSQL, once after its PostgreSQL postmaster was
 * killed too (a plain kill of one node of two is {@link TwoNodeIT}'s). Each time it starts again on the same data. Then every acknowledged order and payment
 * is there and ended legally, no order is paid twice, stock is conserved, the books reconcile, and
 * the projections caught up within 30 s of the last start. {@code -Dcrash.seed=} replays a run's
 * random choices (the moments of the kills depend on timing too).
 */
class CrashIT {

    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(30);

    @Test
    void acknowledgedOrdersAndPaymentsSurviveKillsOfTheLedgerAndOfItsDatabase() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<Duration> starts = new ArrayList<>();
        int kills = 0;
        Path data = LedgerProcess.freshDataDirectory(Path.of("target", "crash-it"));
        try (LedgerProcess ledger = new LedgerProcess(data, LedgerProcess.freePort(), LoadScenario.ledgerArguments())) {
            starts.add(ledger.start());
            LedgerClient api = ledger.client();
            Storefront shop = new Storefront(api);
            List<String> buyers = LoadScenario.openShop(shop);
            PlaceAndPayLoad load = new PlaceAndPayLoad(List.of(api), buyers, List.copyOf(LoadScenario.STOCK.keySet()), seed);
            load.start();

            try (Connection client = DriverManager.getConnection(ledger.jdbcUrl())) {
                atARandomMoment(load, random);
                load.ledgerGoesDown();
                ledger.kill();
                kills++;
                starts.add(restart(ledger, load));
                assertThatThrownBy(() -> client.createStatement().execute("SELECT 1"))
                        .as("the leftover PostgreSQL was stopped although a client was connected")
                        .isInstanceOf(SQLException.class);
            }

            atARandomMoment(load, random);
            load.ledgerGoesDown();
            ledger.killPostmaster();
            Duration withoutDatabase = Duration.ofMillis(200 + random.nextInt(2_000));
            await().pollDelay(withoutDatabase).atMost(withoutDatabase.plusSeconds(1)).until(() -> true);
            ledger.kill();
            kills++;
            starts.add(restart(ledger, load));

            long lastStart = System.nanoTime();

            load.stop();
            CrashAudit audit = new CrashAudit(api, shop.login(LoadScenario.ADMIN, LoadScenario.ADMIN_PASSWORD), ledger.jdbcUrl());
            Duration catchUp = audit.awaitProjectionsCaughtUp(lastStart, CATCH_UP_LIMIT);

            audit.awaitEveryOrderSettled(LoadScenario.PAYMENT_TIMEOUT.multipliedBy(6));
            String outcome = audit.assertNothingLost(load, LoadScenario.STOCK, LoadScenario.SCARCE_PRODUCT);
            System.out.printf("""
                    CrashIT (seed %d): %d kill -9 of the ledger, 1 of its PostgreSQL postmaster; starts took %s
                    CrashIT: %s
                    CrashIT: projections caught up %d ms after the last start; %s; claims of dead requests taken over: %d
                    """, seed, kills, starts, outcome, catchUp.toMillis(), load.counts(),
                    ledger.linesContaining(IdempotencyStore.TAKEN_OVER));
            audit.awaitProjectionsCaughtUp(System.nanoTime(), CATCH_UP_LIMIT);
            assertThat(audit.deadLetters()).as(audit.projections()).isZero();

            // the survivor of all those kills stops as Ctrl-C stops it: the ledger closes while its PostgreSQL still
            // runs (stopped first, it left the closing processors waiting some 30 s for connections that never came)
            long stopping = System.nanoTime();
            List<String> stop = ledger.stop();
            System.out.printf("CrashIT: stopped in %d ms%n", (System.nanoTime() - stopping) / 1_000_000);
            int poolClosed = indexOf(stop, "HikariPool-1 - Shutdown completed");
            int postgresStopped = indexOf(stop, "Embedded PostgreSQL with data in");
            assertThat(poolClosed).as("the ledger's pool closed:\n%s", String.join("\n", stop)).isNotNegative();
            assertThat(postgresStopped).as("PostgreSQL stopped after the pool closed:\n%s", String.join("\n", stop))
                    .isGreaterThan(poolClosed);
            assertThat(stop).as("nothing waited on a database that had gone").noneMatch(line -> line.contains("Connection refused")
                    || line.contains("Connection is not available"));
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Lets the load acknowledge a random number of writes more: the next kill comes in the middle of it. */
    private static void atARandomMoment(PlaceAndPayLoad load, Random random) {
        int target = load.acknowledgedWrites() + 15 + random.nextInt(25);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> load.acknowledgedWrites() >= target);
    }

    private static Duration restart(LedgerProcess ledger, PlaceAndPayLoad load) throws Exception {
        Duration took = ledger.start();
        load.ledgerIsUp();
        return took;
    }
}
