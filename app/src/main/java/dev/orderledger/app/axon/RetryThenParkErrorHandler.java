package dev.orderledger.app.axon;

import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.saga.Interventions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How a process step that fails for a technical reason is handled: the error propagates, so the event
 * processor rolls back and handles the event again after a pause (a database hiccup, a deadlock);
 * after {@link #ATTEMPTS} failed attempts the event is parked in the manual intervention queue under
 * the process and the aggregate it is about, and the process moves on, so one poisoned event
 * never stops every other order's process.
 */
final class RetryThenParkErrorHandler implements ListenerInvocationErrorHandler {

    static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(RetryThenParkErrorHandler.class);

    private final InterventionProcess process;
    private final Supplier<CommandGateway> commands;
    private final Clock clock;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    RetryThenParkErrorHandler(InterventionProcess process, Supplier<CommandGateway> commands, Clock clock) {
        this.process = process;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler) throws Exception {
        int attempt = failures.merge(event.getIdentifier(), 1, Integer::sum);
        if (attempt < ATTEMPTS) {
            log.warn("{} failed on {} (attempt {} of {}); it will be retried", process, event.getPayloadType().getSimpleName(),
                    attempt, ATTEMPTS, exception);
            throw exception;
        }
        failures.remove(event.getIdentifier());
        String reference = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
        log.error("{} failed {} times on {} of {}; parked for a person", process, ATTEMPTS,
                event.getPayloadType().getSimpleName(), reference, exception);
        try {
            Interventions.raise(commands.get(), process, reference, "STEP_FAILED", event.getPayloadType().getSimpleName()
                    + " (event " + event.getIdentifier() + ") failed " + ATTEMPTS + " times: " + exception, clock.instant());
        } catch (RuntimeException parkingFailed) {
            log.error("Could not park event {} of {} either; it is skipped, see this log", event.getIdentifier(), reference,
                    parkingFailed);
        }
    }
}
