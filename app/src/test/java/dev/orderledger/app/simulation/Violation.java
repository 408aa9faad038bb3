package dev.orderledger.app.simulation;

/**
 * An invariant a history broke: which one ({@code check}) and what was found ({@code detail}).
 */
record Violation(String check, String detail) {

    /**
     * What a shrunk history must break again to count as the same failure: the check and the detail
     * with what differs from run to run masked (the run's tag, the ledger's order and user ids, event
     * ids, amounts); the numbers the history gives its products, pay orders and refunds stay.
     */
    String signature(String tag) {
        return (check + ": " + detail).replace(tag, "H")
                .replaceAll("\\d{19}", "ORDER")
                .replaceAll("(buyer-wallet|buyer-coins|seller):\\d+", "$1:U")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "EVENT")
                .replaceAll("-?\\d+\\.\\d{2}", "N");
    }

    @Override
    public String toString() {
        return check + ": " + detail;
    }
}
