package dev.orderledger.saga;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * The answer to one step of a process: the command's result, or the business refusal that a process
 * must handle (compensate, or park for a person). Anything else (the database is down, a deadlock)
 * is not an answer and propagates, so that the event is handled again later and nothing is lost.
 *
 * @param <R> what the command returns
 */
public record Outcome<R>(R value, RuntimeException refusal) {

    /** Sends the command and waits for its answer. */
    public static <R> Outcome<R> of(CommandGateway commands, Object command) {
        try {
            return new Outcome<>(commands.sendAndWait(command), null);
        } catch (StateConflict | BusinessRuleViolation | ResourceNotFound | NotPermitted | InvalidValue
                 | AggregateNotFoundException refused) {
            return new Outcome<>(null, refused);
        }
    }

    public boolean succeeded() {
        return refusal == null;
    }

    /** The refusal's reason code (a 422's reason, a 409's state) or its message. */
    public String reason() {
        if (refusal instanceof BusinessRuleViolation violation) {
            return violation.reason();
        }
        if (refusal instanceof StateConflict conflict) {
            return conflict.currentState();
        }
        return refusal == null ? null : refusal.getClass().getSimpleName();
    }

    public String detail() {
        return refusal == null ? null : refusal.getMessage();
    }
}
