package dev.orderledger.simulator;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A simulator's callbacks kept in the order they were sent, instead of posted to a ledger. */
public final class RecordingCallbacks implements CallbackSender, AutoCloseable {

    private final List<Object> sent = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @Override
    public CompletableFuture<?> send(Object notice) {
        sent.add(notice);
        return CompletableFuture.completedFuture(200);
    }

    public CallbackScript script() {
        return new CallbackScript(new Timeline(scheduler), this);
    }

    public List<Object> sent() {
        return List.copyOf(sent);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
