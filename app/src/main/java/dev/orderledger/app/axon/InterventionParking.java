package dev.orderledger.app.axon;

import dev.orderledger.api.common.StoredText;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.saga.Interventions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A process parks a failed batch in the manual intervention queue: one entry per aggregate the batch's
 * events are about (a saga processor's batch is one event), reason {@code STEP_FAILED}, with a sentence
 * naming the event and the cause; the process moves on, so one poisoned event never stops every other
 * order's process. The batch is not applied: a person looks at the process and resolves the entry.
 */
final class InterventionParking implements ParkAfterRetries.Parking {

    static final int ATTEMPTS = 5;
    static final String REASON = "STEP_FAILED";
    private static final int DETAIL_LENGTH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(InterventionParking.class);

    private final InterventionProcess process;
    private final Supplier<CommandGateway> commands;
    private final Clock clock;

    InterventionParking(InterventionProcess process, Supplier<CommandGateway> commands, Clock clock) {
        this.process = process;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public int attempts() {
        return ATTEMPTS;
    }

    @Override
    public String queue() {
        return "interventions";
    }

    @Override
    public int park(ErrorContext context, int attempts) {
        Map<String, FailedEvent> firstOfEachAggregate = new LinkedHashMap<>();
        for (EventMessage<?> event : context.failedEvents()) {
            FailedEvent failed = FailedEvent.of(event);
            firstOfEachAggregate.putIfAbsent(failed.reference(), failed);
        }
        String cause = context.error().getClass().getSimpleName() + ": " + StorableCause.of(context.error()).message();
        firstOfEachAggregate.forEach((reference, event) -> {
            Interventions.raise(commands.get(), process, reference, REASON,
                    StoredText.fit(event + " failed " + attempts + " times: " + cause, DETAIL_LENGTH), clock.instant());
            log.error("{} parked {} for a person after {} failed attempts: {}", process, event, attempts, cause);
        });
        return context.failedEvents().size();
    }
}
