package dev.orderledger.finance;

import org.axonframework.common.DateTimeUtils;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads the history finance checks straight from the event table and folds it into a new
 * {@link ReplayedHistory}. One read-only, repeatable-read transaction streams the rows through a
 * forward-only cursor in global index order, so the replay sees one consistent moment of the store,
 * holds no locks that writers wait for and never holds the rows in memory (the folds keep what their
 * checks need: accounts, journal entries, pay orders, orders' lines, SKUs, coupons). Only the payload
 * types the folds read are selected, and each is read with the mapper the event serializer uses.
 */
@Component
class HistoryReplay {

    private static final Logger log = LoggerFactory.getLogger(HistoryReplay.class);
    private static final int FETCH_SIZE = 5_000;
    private static final int LOOKAHEAD = 10_000;
    /** A scope's bounds as a condition, bound by {@link #bind}: true for every event when unbounded. */
    private static final String IN_SCOPE = "globalindex <= ? AND timestamp < ?";

    private final DataSource dataSource;
    private final StoredPayloads payloads;
    private final long progressEvery;

    HistoryReplay(DataSource dataSource, StoredEvents events, @Value("${ledger.finance.progress-every:100000}") long progressEvery) {
        this.dataSource = dataSource;
        this.payloads = events.forReplay();
        this.progressEvery = progressEvery;
    }

    /** Folds the events in this scope, logging the progress and, at the end, the rate. */
    ReplayedHistory replay(ReplayScope scope) {
        ReplayedHistory history = new ReplayedHistory();
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement select = prepare(connection, scope); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payloads.fold(history, rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBytes(4));
                    if (history.events() % progressEvery == 0) {
                        log.info("Replayed {} events, at global index {}", history.events(), history.lastGlobalIndex());
                    }
                }
                history.endsAt(storedAt(connection, scope.table(), history.lastGlobalIndex()));
                if (scope.bounded()) {
                    completeCutEntries(connection, scope, history);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot read the event table " + scope.table(), failure);
        }
        double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
        log.info("Replayed {} events of {} up to global index {} in {} ms: {} events/s", history.events(),
                scope.table(), history.lastGlobalIndex(), Math.round(seconds * 1000), Math.round(history.events() / seconds));
        return history;
    }

    /** When the event at this global index was stored (null when there is none), in the replay's transaction. */
    private static Instant storedAt(Connection connection, String table, long globalIndex) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT timestamp FROM " + table + " WHERE globalindex = ?")) {
            select.setLong(1, globalIndex);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? DateTimeUtils.parseInstant(row.getString(1)) : null;
            }
        }
    }

    /**
     * A journal entry's events (the entry, its debit and its credit) are appended in one unit of work,
     * but a bound can fall between them: their global indexes interleave with other commits', and each
     * has the instant it was applied. So the replay reads on past the bound (at most
     * {@link #LOOKAHEAD} journal events) for the rest of any entry it cut, and folds only those; they
     * are not counted among the events replayed. An entry still open after that is reported as it is.
     */
    private void completeCutEntries(Connection connection, ReplayScope scope, ReplayedHistory history) throws SQLException {
        LedgerFold ledger = history.ledger();
        Set<String> open = ledger.openEntries();
        if (open.isEmpty()) {
            return;
        }
        String types = quoted(LedgerFold.ENTRY_EVENTS.stream().map(Class::getName).toList());
        String sql = "SELECT globalindex, eventidentifier, payloadtype, payload FROM " + scope.table()
                     + " WHERE payloadtype IN (" + types + ") AND globalindex >= ? AND NOT (" + IN_SCOPE + ")"
                     + " ORDER BY globalindex LIMIT " + LOOKAHEAD;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, ledger.firstIndexOf(open));
            bind(select, 2, scope);
            try (ResultSet rows = select.executeQuery()) {
                while (!open.isEmpty() && rows.next()) {
                    Set<String> wanted = open;
                    if (payloads.foldIf(read -> LedgerFold.partOf(read, wanted), history, rows.getLong(1), rows.getString(2),
                            rows.getString(3), rows.getBytes(4))) {
                        open.removeIf(ledger::complete);
                    }
                }
            }
        }
    }

    private PreparedStatement prepare(Connection connection, ReplayScope scope) throws SQLException {
        String sql = "SELECT globalindex, eventidentifier, payloadtype, payload FROM " + scope.table()
                     + " WHERE payloadtype IN (" + quoted(payloads.types()) + ") AND " + IN_SCOPE
                     + " ORDER BY globalindex";
        PreparedStatement select = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        select.setFetchSize(FETCH_SIZE);
        // the payloads come in binary at once rather than as hexadecimal text that would have to be decoded
        select.unwrap(PGStatement.class).setPrepareThreshold(-1);
        bind(select, 1, scope);
        return select;
    }

    private static void bind(PreparedStatement select, int first, ReplayScope scope) throws SQLException {
        select.setLong(first, scope.upToGlobalIndex() == null ? Long.MAX_VALUE : scope.upToGlobalIndex());
        // Axon's timestamps are fixed-width ISO-8601 text, so "9" sorts after every one of them
        select.setString(first + 1, scope.until() == null ? "9" : DateTimeUtils.formatInstant(scope.until()));
    }

    /** Event type names (class names, never input) as an SQL list. */
    private static String quoted(List<String> types) {
        return String.join(", ", types.stream().map(type -> "'" + type + "'").toList());
    }
}
