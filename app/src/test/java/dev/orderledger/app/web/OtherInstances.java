package dev.orderledger.app.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

/** Other ledger instances sharing the database, as their instance locks show them: dead or alive. */
@Component
public class OtherInstances {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public OtherInstances(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The id of an instance that died: nobody holds its lock. */
    public int dead() {
        int id;
        do {
            id = ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE);
        } while (isLive(id));
        return id;
    }

    public boolean isLive(int id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT " + InstanceLock.isLive("?"), Boolean.class, id));
    }

    /** Runs the action while another instance, a session of its own, lives; the action gets its id. */
    public void whileOneLives(IntConsumer action) {
        int id = dead();
        try (Connection session = dataSource.getConnection()) {
            lock(session, "pg_advisory_lock", id);
            try {
                action.accept(id);
            } finally {
                lock(session, "pg_advisory_unlock", id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void lock(Connection session, String function, int id) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement("SELECT " + function + "(?, ?)")) {
            statement.setInt(1, InstanceLock.LOCK_SPACE);
            statement.setInt(2, id);
            statement.execute();
        }
    }
}
