package dev.orderledger.api.intervention;

/**
 * Where an intervention stands: OPEN waits for a person, RETRY_REQUESTED waits for the process to
 * try again (it is still open), RESOLVED is closed until the process raises it again.
 */
public enum InterventionStatus {
    OPEN, RETRY_REQUESTED, RESOLVED;

    /** Whether someone still has to act: every state but RESOLVED. */
    public boolean isOpen() {
        return this != RESOLVED;
    }
}
