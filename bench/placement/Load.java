package placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import placement.OrderFlow.OrderFailed;
import placement.Setup.Buyer;

/**
 * Drives orders. Closed loop: each buyer thread starts its next order when the last one is done,
 * for a count of orders or a duration. Open loop: orders arrive at an offered rate with exponential
 * inter-arrival times (a Poisson process) whatever the ledger does, on a bounded pool of threads;
 * each order's latency counts from its scheduled arrival, so time spent waiting for a free thread
 * is in it (no coordinated omission).
 */
final class Load {

    private Load() {
    }

    /** One order: does its steps and records them; {@code scheduled} is when it was meant to start (nanoTime). */
    interface Job {
        void run(Buyer buyer, long scheduled, Results results) throws OrderFailed;
    }

    /** Runs the job; a failed or refused order is counted under its kind. */
    static void runOne(Job job, Buyer buyer, long scheduled, Results results) {
        results.started.increment();
        try {
            job.run(buyer, scheduled, results);
        } catch (OrderFailed e) {
            results.fail(e.getMessage());
        } catch (RuntimeException e) {
            results.fail("benchmark error: " + e);
        }
    }

    /** Closed loop for {@code count} orders (or, when {@code seconds > 0}, until then); returns the wall time in ns. */
    static long closed(String label, List<Buyer> buyers, int count, int seconds, Job job, Results results)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long end = seconds > 0 ? start + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
        Thread progress = progress(label, results, start, seconds > 0 ? seconds + " s" : count + " orders");
        List<Thread> threads = new ArrayList<>();
        for (Buyer buyer : buyers) {
            Thread t = new Thread(() -> {
                while ((seconds > 0 ? System.nanoTime() - end < 0 : next.getAndIncrement() < count)) {
                    runOne(job, buyer, System.nanoTime(), results);
                }
            }, "buyer-" + buyer.index());
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        progress.interrupt();
        return System.nanoTime() - start;
    }

    /**
     * Open loop: orders arrive at {@code rate} per second for {@code seconds}, round robin over the
     * buyers, on at most {@code maxInFlight} threads with room for 4 x that many waiting; an arrival
     * that finds no room fails ("client saturated"). Returns the wall time from the first arrival to
     * the last order's end, in ns.
     */
    static long open(String label, List<Buyer> buyers, double rate, int seconds, int maxInFlight, Job job,
                     Results results) throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(maxInFlight, maxInFlight, 10, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4 * maxInFlight), r -> {
                    Thread t = new Thread(r, "open-loop");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        Thread progress = progress(label, results, start, String.format(Locale.ROOT, "%.0f/s for %d s", rate, seconds));
        double meanGapNanos = 1e9 / rate;
        long scheduled = start;
        int n = 0;
        while (true) {
            scheduled += (long) (-Math.log(1.0 - ThreadLocalRandom.current().nextDouble()) * meanGapNanos);
            if (scheduled - end >= 0) {
                break;
            }
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Buyer buyer = buyers.get(n++ % buyers.size());
            long at = scheduled;
            try {
                pool.execute(() -> {
                    results.queued.recordNanos(System.nanoTime() - at);
                    runOne(job, buyer, at, results);
                });
            } catch (RejectedExecutionException e) {
                results.started.increment();
                results.fail("not started: " + maxInFlight + " in flight and " + 4 * maxInFlight + " waiting (client saturated)");
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        progress.interrupt();
        return System.nanoTime() - start;
    }

    private static Thread progress(String label, Results results, long start, String goal) {
        Thread progress = new Thread(() -> {
            try {
                while (true) {
                    TimeUnit.SECONDS.sleep(10);
                    long done = results.completed.sum();
                    double s = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "  %s %4.0f s (%s): %d done, %d failed, %.1f/s%n", label, s, goal, done,
                            results.failed.sum(), done / s);
                }
            } catch (InterruptedException e) {
                // the phase is over
            }
        }, "progress");
        progress.setDaemon(true);
        progress.start();
        return progress;
    }
}
