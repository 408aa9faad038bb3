package dev.orderledger.app.simulation;

/**
 * An invariant a history broke: which one ({@code check}, what a shrunk history must break again to
 * count as the same failure) and what was found.
 */
record Violation(String check, String detail) {

    @Override
    public String toString() {
        return check + ": " + detail;
    }
}
