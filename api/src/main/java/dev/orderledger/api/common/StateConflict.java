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
}
