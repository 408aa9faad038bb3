package dev.orderledger.api.common;

/**
 * A command does not fit the current state of its target (an illegal state transition, a stale
 * version). The API answers 409 and names the current state so the caller can re-read and decide.
 */
public class StateConflict extends RuntimeException {

    private final String currentState;

    public StateConflict(String currentState, String message) {
        super(message);
        this.currentState = currentState;
    }

    public String currentState() {
        return currentState;
    }

    /** The one check of every state machine: the current state must be one of those a transition leaves. */
    public static void requireIn(Enum<?> current, String subject, Enum<?>... allowed) {
        if (!java.util.List.of(allowed).contains(current)) {
            throw new StateConflict(current.name(), subject + " is " + current + "; this needs one of "
                    + java.util.List.of(allowed));
        }
    }
}
