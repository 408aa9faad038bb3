package dev.orderledger.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Finance's reconciliation ({@code POST /api/finance/reconciliation} as an admin) for many histories at
 * once: the ledger replays one history at a time and a replay reads the whole store, so histories
 * that settle while one runs share the next. Each history gets the discrepancies that name its users'
 * accounts, its tag or its orders; the others are kept as found outside every history (the account
 * view's comparison aside: the accounts of histories still running may show a balance a moment old).
 */
final class Reconciler implements AutoCloseable {

    private final LedgerClient api;
    private final String adminToken;
    private final Tally tally;
    private final ExecutorService replays = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "simulation-reconciliation");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> unattributed = new TreeSet<>();
    private CompletableFuture<JsonNode> next;

    Reconciler(LedgerClient api, String adminToken, Tally tally) {
        this.api = api;
        this.adminToken = adminToken;
        this.tally = tally;
    }

    /** What a replay that started after this call found about the history. */
    List<String> discrepanciesOf(World world) {
        JsonNode report = nextReplay().join();
        List<String> found = new ArrayList<>();
        List<String> accounts = world.ownAccounts();
        List<String> references = world.references();
        for (JsonNode discrepancy : report.at("/discrepancies")) {
            String text = discrepancy.toString();
            boolean ours = accounts.contains(discrepancy.at("/account").asText())
                    || references.stream().anyMatch(text::contains);
            if (ours) {
                found.add(text);
            } else if (!discrepancy.at("/check").asText().equals("READ_MODEL")) {
                synchronized (unattributed) {
                    unattributed.add(text);
                }
            }
        }
        return found;
    }

    /** Discrepancies that named no history, found by any replay so far. */
    Set<String> unattributed() {
        synchronized (unattributed) {
            return Set.copyOf(unattributed);
        }
    }

    private synchronized CompletableFuture<JsonNode> nextReplay() {
        if (next == null) {
            CompletableFuture<JsonNode> replay = new CompletableFuture<>();
            next = replay;
            replays.execute(() -> {
                synchronized (this) {
                    next = null;
                }
                try {
                    replay.complete(replay());
                } catch (RuntimeException | Error failed) {
                    replay.completeExceptionally(failed);
                }
            });
        }
        return next;
    }

    private JsonNode replay() {
        tally.replays.incrementAndGet();
        long started = System.nanoTime();
        LedgerClient.Response report = api.post("/api/finance/reconciliation", null).as(adminToken)
                .header("Accept", "application/json").send();
        tally.replayNanos.addAndGet(System.nanoTime() - started);
        if (report.status() != 200) {
            throw new IllegalStateException("the reconciliation answered " + report);
        }
        return report.json();
    }

    @Override
    public void close() {
        replays.shutdownNow();
    }
}
