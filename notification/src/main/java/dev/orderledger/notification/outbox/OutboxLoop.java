package dev.orderledger.notification.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works an outbox off: one thread of its own claims what is due (as many as there are free senders)
 * and hands each item to a small pool of senders, then sleeps until it is woken (new rows committed,
 * a sender free) or the poll interval passes. Nothing here runs on an event processor's thread, so a
 * slow or absent receiver never holds up the events; a claim is the outbox's, so several ledger nodes
 * can run a loop each.
 */
public final class OutboxLoop<T> implements SmartLifecycle {

    /** An outbox: what is due now, claimed for this node, and how one item is delivered. */
    public interface Outbox<T> {

        /** Claims at most this many items that are due; they are this node's until delivered or their claim runs out. */
        List<T> claimDue(int limit);

        /** Delivers one claimed item and records how it went. */
        void deliver(T item);
    }

    private static final Logger log = LoggerFactory.getLogger(OutboxLoop.class);

    private final String name;
    private final Outbox<T> outbox;
    private final int senders;
    private final Duration pollInterval;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Semaphore free;
    private ExecutorService pool;
    private Thread loop;

    public OutboxLoop(String name, Outbox<T> outbox, int senders, Duration pollInterval) {
        if (senders < 1) {
            throw new IllegalArgumentException(name + ": at least one sender, not " + senders);
        }
        this.name = name;
        this.outbox = outbox;
        this.senders = senders;
        this.pollInterval = pollInterval;
    }

    /** Something may be due now: look without waiting for the poll interval. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /**
     * Wakes the loop once the current transaction commits (at once without one): what it wrote is then
     * visible. Asked several times in one transaction, it wakes the loop once.
     */
    public void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(OutboxLoop.this);
            }
        });
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        free = new Semaphore(senders);
        AtomicInteger threads = new AtomicInteger();
        pool = Executors.newFixedThreadPool(senders, task -> daemon(task, name + "-sender-" + threads.incrementAndGet()));
        loop = daemon(this::run, name + "-loop");
        loop.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(5));
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                int capacity = free.availablePermits();
                List<T> due = capacity == 0 ? List.of() : outbox.claimDue(capacity);
                for (T item : due) {
                    free.acquire();
                    pool.execute(() -> send(item));
                }
                if (due.size() < capacity || capacity == 0) {
                    await();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                log.warn("{}: could not claim what is due; trying again in {}", name, pollInterval, failure);
                await();
            }
        }
    }

    private void send(T item) {
        try {
            outbox.deliver(item);
        } catch (RuntimeException failure) {
            // its claim runs out and it is claimed again: delivered at least once
            log.warn("{}: delivering {} failed before its outcome was recorded", name, item, failure);
        } finally {
            free.release();
            wake();
        }
    }

    private void await() {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(Math.max(1, pollInterval.toMillis()));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            woken = false;
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
