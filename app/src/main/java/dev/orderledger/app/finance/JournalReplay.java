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

/**
 * Reads the journal's events straight from the event table and folds them into a new
 * {@link LedgerFold}. One read-only, repeatable-read transaction streams the rows through a
 * forward-only cursor in global index order, so the replay sees one consistent moment of the store,
 * holds no locks that writers wait for and never holds the whole table in memory. Only the journal's
 * payload types are selected, and each is read with the mapper the event serializer uses.
 */
@Component
class JournalReplay {

    private static final Logger log = LoggerFactory.getLogger(JournalReplay.class);
    private static final int FETCH_SIZE = 5_000;

    private final DataSource dataSource;
    private final JournalPayloads payloads;
    private final long progressEvery;

    JournalReplay(DataSource dataSource, @Value("${ledger.finance.progress-every:100000}") long progressEvery) {
        this.dataSource = dataSource;
        this.payloads = new JournalPayloads(SerializerConfiguration.messageMapper());
        this.progressEvery = progressEvery;
    }

    /** Folds the journal events in this scope, logging the progress and, at the end, the rate. */
    LedgerFold replay(ReplayScope scope) {
        LedgerFold ledger = new LedgerFold();
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement select = prepare(connection, scope); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payloads.fold(ledger, rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBytes(4));
                    if (ledger.events() % progressEvery == 0) {
                        log.info("Replayed {} journal events, at global index {}", ledger.events(), ledger.lastGlobalIndex());
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot read the event table " + scope.table(), failure);
        }
        double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
        log.info("Replayed {} journal events of {} up to global index {} in {} ms: {} events/s", ledger.events(),
                scope.table(), ledger.lastGlobalIndex(), Math.round(seconds * 1000), Math.round(ledger.events() / seconds));
        return ledger;
    }

    private PreparedStatement prepare(Connection connection, ReplayScope scope) throws SQLException {
        String types = String.join(", ", JournalPayloads.TYPES.stream().map(type -> "'" + type + "'").sorted().toList());
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
