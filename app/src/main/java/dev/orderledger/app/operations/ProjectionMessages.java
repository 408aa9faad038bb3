package dev.orderledger.app.operations;

import dev.orderledger.api.operations.DeadLetters;
import dev.orderledger.api.operations.DropDeadLetterCommand;
import dev.orderledger.api.operations.FindDeadLettersQuery;
import dev.orderledger.api.operations.FindProjectionsQuery;
import dev.orderledger.api.operations.ProjectionState;
import dev.orderledger.api.operations.ProjectionsOverview;
import dev.orderledger.api.operations.RetryDeadLettersCommand;
import dev.orderledger.api.operations.RetryOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The projections' operations as messages of {@code api.operations}, for the console: the same
 * {@link ProjectionOperations} the admin API ({@link ProjectionAdminController}) calls, so both show and do the same.
 */
@Component
class ProjectionMessages {

    private static final Logger log = LoggerFactory.getLogger(ProjectionMessages.class);

    private final ProjectionOperations projections;

    ProjectionMessages(ProjectionOperations projections) {
        this.projections = projections;
    }

    @QueryHandler
    ProjectionsOverview find(FindProjectionsQuery query) {
        List<ProjectionStatus> statuses = projections.statuses();
        long head = statuses.isEmpty() ? projections.head() : statuses.get(0).head();
        return new ProjectionsOverview(head, statuses.stream().map(status -> new ProjectionState(status.name(),
                status.running(), status.replaying(), status.inError(), status.position(), status.behind(),
                status.deadLetters(), status.heldBy())).toList());
    }

    @QueryHandler
    DeadLetters find(FindDeadLettersQuery query) {
        int limit = Math.max(1, Math.min(1000, query.limit()));
        return new DeadLetters(query.projection(), projections.deadLetterCount(query.projection()),
                projections.deadLetters(query.projection(), limit));
    }

    @CommandHandler
    RetryOutcome handle(RetryDeadLettersCommand command) {
        RetryOutcome outcome = command.eventId() == null ? projections.retryDeadLetters(command.projection())
                : projections.retryDeadLetter(command.projection(), command.eventId());
        log.info("{} retried the dead letters of {} ({}): {}", command.actor().userId(), command.projection(),
                command.eventId() == null ? "all" : command.eventId(), outcome);
        return outcome;
    }

    @CommandHandler
    void handle(DropDeadLetterCommand command) {
        projections.dropDeadLetter(command.projection(), command.eventId());
        log.info("{} dropped dead letter {} of {}", command.actor().userId(), command.eventId(), command.projection());
    }
}
