package dev.orderledger.app.finance;

import dev.orderledger.app.axon.SerializerConfiguration;
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

/**
 * Reads the history finance checks straight from the event table and folds it into a new
 * {@link ReplayedHistory}. One read-only, repeatable-read transaction streams the rows through a
 * forward-only cursor in global index order, so the replay sees one consistent moment of the store,
 * holds no locks that writers wait for and never holds the whole table in memory. Only the payload
 * types the folds read are selected, and each is read with the mapper the event serializer uses.
 */
@Component
class HistoryReplay {

    private static final Logger log = LoggerFactory.getLogger(HistoryReplay.class);
    private static final int FETCH_SIZE = 5_000;

    private final DataSource dataSource;
    private final StoredPayloads payloads;
    private final long progressEvery;

    HistoryReplay(DataSource dataSource, @Value("${ledger.finance.progress-every:100000}") long progressEvery) {
        this.dataSource = dataSource;
        this.payloads = ReplayedHistory.payloads(SerializerConfiguration.messageMapper());
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

    private PreparedStatement prepare(Connection connection, ReplayScope scope) throws SQLException {
        String types = String.join(", ", payloads.types().stream().map(type -> "'" + type + "'").toList());
        String sql = "SELECT globalindex, eventidentifier, payloadtype, payload FROM " + scope.table()
                     + " WHERE payloadtype IN (" + types + ")"
                     + (scope.upToGlobalIndex() == null ? "" : " AND globalindex <= ?")
                     + (scope.until() == null ? "" : " AND timestamp < ?")
                     + " ORDER BY globalindex";
        PreparedStatement select = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        select.setFetchSize(FETCH_SIZE);
        // the payloads come in binary at once rather than as hexadecimal text that would have to be decoded
        select.unwrap(PGStatement.class).setPrepareThreshold(-1);
        int parameter = 1;
        if (scope.upToGlobalIndex() != null) {
            select.setLong(parameter++, scope.upToGlobalIndex());
        }
        if (scope.until() != null) {
            select.setString(parameter, DateTimeUtils.formatInstant(scope.until()));
        }
        return select;
    }
}
