package dev.orderledger.finance;

import dev.orderledger.api.common.InvalidValue;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Which events a replay reads: those of this table up to a global index and before an instant
 * (either bound may be absent). A replay always starts at the first event, since a balance is only
 * known from the account's first posting on.
 *
 * @param table           the event table, Axon's {@code domainevententry} unless a copy is examined
 * @param upToGlobalIndex the last global index to read, or null for no bound
 * @param until           read only events stored before this instant, or null for no bound
 */
public record ReplayScope(String table, Long upToGlobalIndex, Instant until) {

    /** Axon's event table. */
    public static final String EVENT_TABLE = "domainevententry";

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public ReplayScope {
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new InvalidValue("not a table name: " + table);
        }
        if (upToGlobalIndex != null && upToGlobalIndex < 0) {
            throw new InvalidValue("a global index is not negative: " + upToGlobalIndex);
        }
    }

    /** Whether the replay stops before the end of the table. */
    boolean bounded() {
        return upToGlobalIndex != null || until != null;
    }

    /** Every event of the event store. */
    public static ReplayScope everything() {
        return new ReplayScope(EVENT_TABLE, null, null);
    }
}
