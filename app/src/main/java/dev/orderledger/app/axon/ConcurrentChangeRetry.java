package dev.orderledger.app.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends a command again when it lost a race: its events could not be appended because another command,
 * usually on another node, appended to the same aggregate first ({@link ConcurrencyException}; ADR 0028).
 * Nothing of the lost attempt was stored, so sending it again is safe, and the new attempt decides on the
 * aggregate as the winner left it. Up to {@code ledger.commands.concurrency-retries} times (3), after a
 * random pause of up to {@code attempt} × {@code ledger.commands.concurrency-retry-delay} (20 ms), so that
 * racing nodes do not race again in step; then the failure is the caller's (409 {@code concurrent-change}
 * over HTTP). Every other failure is a decision or a fault, and is never retried here.
 */
@Component
public class ConcurrentChangeRetry implements RetryScheduler, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeRetry.class);

    private final int retries;
    private final Duration delay;
    private final ScheduledExecutorService executor;

    ConcurrentChangeRetry(@Value("${ledger.commands.concurrency-retries:3}") int retries,
                          @Value("${ledger.commands.concurrency-retry-delay:PT0.02S}") Duration delay) {
        this.retries = retries;
        this.delay = delay;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    @SuppressWarnings("rawtypes") // as Axon declares it
    public boolean scheduleRetry(CommandMessage command, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatch) {
        int attempt = failures.size();
        if (!(lastFailure instanceof ConcurrencyException) || attempt > retries) {
            return false;
        }
        long pause = ThreadLocalRandom.current().nextLong(Math.max(1, delay.toMillis() * attempt) + 1);
        log.debug("{} lost a race on its aggregate; attempt {} of {} in {} ms", command.getCommandName(), attempt + 1,
                retries + 1, pause);
        executor.schedule(dispatch, pause, TimeUnit.MILLISECONDS);
        return true;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
