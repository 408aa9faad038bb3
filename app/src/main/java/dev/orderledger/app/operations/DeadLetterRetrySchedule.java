package dev.orderledger.app.operations;

import dev.orderledger.api.operations.RetryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands every projection's dead letters to it again every {@code ledger.projections.dead-letter-retry-interval}
 * (ten minutes by default): events parked because Elasticsearch or the database was away for a while
 * go through once it is back, without waiting for a person; a poisoned event stays parked.
 */
@Component
public class DeadLetterRetrySchedule {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetrySchedule.class);

    private final ProjectionOperations projections;

    DeadLetterRetrySchedule(ProjectionOperations projections) {
        this.projections = projections;
    }

    @Scheduled(initialDelayString = "${ledger.projections.dead-letter-retry-interval:PT10M}",
            fixedDelayString = "${ledger.projections.dead-letter-retry-interval:PT10M}")
    public void retryEveryProjection() {
        for (String name : projections.names()) {
            if (projections.deadLetterCount(name) > 0) {
                RetryOutcome outcome = projections.retryDeadLetters(name);
                log.info("Retried the dead letters of {}: {} of {} sequences went through, {} letters still parked",
                        name, outcome.succeeded(), outcome.sequences(), outcome.stillParked());
            }
        }
    }
}
