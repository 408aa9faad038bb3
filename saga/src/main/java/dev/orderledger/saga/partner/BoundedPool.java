package dev.orderledger.saga.partner;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A fixed number of named daemon threads and a bounded queue, for calls that wait on another process
 * (a partner's answer, a callback's delivery). A {@link CompletableFuture} run here completes on one of
 * these threads, so its continuations run here too, never on the common pool: on two cores that pool has
 * no worker and starts a thread per task. The JDK's {@code HttpClient.sendAsync} hands every answer to
 * the common pool, so calls use the blocking {@code send} on this pool instead. When every thread is busy
 * and the queue is full the call is refused at once (a failed future), which callers treat as no answer.
 */
public final class BoundedPool {

    private final ExecutorService executor;

    public BoundedPool(String name, int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                task -> {
                    Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Runs the call on this pool; a refusal (pool full, shut down) fails the future with {@code refused}'s exception. */
    public <T> CompletableFuture<T> call(Supplier<T> call, Function<RejectedExecutionException, ? extends RuntimeException> refused) {
        try {
            return CompletableFuture.supplyAsync(call, executor);
        } catch (RejectedExecutionException full) {
            return CompletableFuture.failedFuture(refused.apply(full));
        }
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
