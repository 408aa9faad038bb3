package dev.orderledger.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs steps one after the other on a scheduler, each a delay after the previous one finished (its
 * future completed), so what a simulator sends arrives in the order it meant.
 */
public final class Timeline {

    private static final Logger log = LoggerFactory.getLogger(Timeline.class);

    /** Something to do this long after the previous step finished. */
    public record Step(long delayMillis, Supplier<CompletableFuture<?>> action) {
    }

    private final ScheduledExecutorService scheduler;

    public Timeline(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void run(List<Step> steps) {
        runFrom(List.copyOf(steps), 0);
    }

    private void runFrom(List<Step> steps, int index) {
        if (index >= steps.size() || scheduler.isShutdown()) {
            return;
        }
        Step step = steps.get(index);
        scheduler.schedule(() -> start(step).whenComplete((done, failure) -> runFrom(steps, index + 1)),
                step.delayMillis(), TimeUnit.MILLISECONDS);
    }

    private static CompletableFuture<?> start(Step step) {
        try {
            return step.action().get();
        } catch (RuntimeException failure) {
            log.warn("A simulator step failed", failure);
            return CompletableFuture.completedFuture(null);
        }
    }
}
