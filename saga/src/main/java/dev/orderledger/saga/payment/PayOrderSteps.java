package dev.orderledger.saga.payment;

import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.saga.Outcome;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.Arrays;

/** How the payment process records its steps on the pay order, which may have finished meanwhile. */
final class PayOrderSteps {

    private PayOrderSteps() {
    }

    /**
     * Records the next step of the pay order, unless it has finished meanwhile: a cancellation or a
     * timeout that overtook this step is recorded after it in the pay order's stream, and its own
     * handler gives back what this step took. Any other refusal is not expected and fails the step.
     *
     * @return whether the step was recorded (false: the pay order had finished)
     */
    static boolean recordUnlessFinished(CommandGateway commands, Object step) {
        Outcome<Object> recorded = Outcome.of(commands, step);
        if (!recorded.succeeded() && !finishedMeanwhile(recorded)) {
            throw recorded.refusal();
        }
        return recorded.succeeded();
    }

    private static boolean finishedMeanwhile(Outcome<?> refused) {
        return refused.refusal() instanceof StateConflict
                && Arrays.stream(PaymentStatus.values()).anyMatch(s -> s.isFinal() && s.name().equals(refused.reason()));
    }
}
