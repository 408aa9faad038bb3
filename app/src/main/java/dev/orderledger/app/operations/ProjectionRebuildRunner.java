package dev.orderledger.app.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The command-line rebuild: started with {@code --ledger.projections.rebuild=order-views,account-views}
 * (or {@code all}: every projection a replay rebuilds; the search index has {@code --ledger.search.rebuild=true}),
 * the ledger rebuilds those projections from the first event, prints its progress until each has
 * caught up with the event store, and exits (0 when done, 1 when it cannot).
 */
@Component
@ConditionalOnProperty("ledger.projections.rebuild")
class ProjectionRebuildRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuildRunner.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(100);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private final ProjectionOperations projections;
    private final ConfigurableApplicationContext context;
    private final List<String> requested;

    ProjectionRebuildRunner(ProjectionOperations projections, ConfigurableApplicationContext context, Environment environment) {
        this.projections = projections;
        this.context = context;
        this.requested = Arrays.stream(environment.getRequiredProperty("ledger.projections.rebuild").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int exitCode = 0;
        try {
            List<String> names = requested.equals(List.of("all")) ? projections.replayableNames() : requested;
            for (String name : names) {
                rebuild(name);
            }
        } catch (RuntimeException failure) {
            log.error("Rebuild failed: {}", failure.getMessage());
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private void rebuild(String name) {
        long head = projections.head();
        long started = System.nanoTime();
        projections.rebuild(name);
        log.info("Rebuilding {} up to event store position {}", name, head);
        long nextReport = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (!projections.isCaughtUp(name, head)) {
            LockSupport.parkNanos(CHECK_EVERY.toNanos());
            if (System.nanoTime() >= nextReport) {
                ProjectionStatus status = projections.status(name);
                log.info("{}: at {} of {} ({} behind), {} dead letters", name, status.position(), head,
                        status.behind(), status.deadLetters());
                nextReport += PROGRESS_EVERY.toNanos();
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        log.info("Rebuilt {} in {} ms; {} dead letters", name, millis, projections.status(name).deadLetters());
    }
}
