package dev.orderledger.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * This process's instance id, held as a PostgreSQL session advisory lock on a connection of its
 * own for as long as the process lives. PostgreSQL releases the lock when that session ends, which
 * happens at once when the process dies (its socket closes) and, on a lost network, after the TCP
 * keepalive set on the session gives up. So every replica sharing the database can tell a live
 * instance from a dead one: {@link #isLive(String)}. A session that breaks while the process lives
 * (the database restarted) is opened again, and the same lock taken again, by {@link #keep()}.
 */
@Component
public class InstanceLock implements DisposableBean {

    /** The first key of the two-key advisory locks that name instances (ASCII "LDGR"). */
    static final int LOCK_SPACE = 0x4C444752;
    private static final Logger log = LoggerFactory.getLogger(InstanceLock.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource database;
    private final int id;
    private Connection session;

    public InstanceLock(DataSourceProperties properties) {
        this.database = properties.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
        this.id = acquireNewId();
        log.info("This instance holds the lock {}:{}", LOCK_SPACE, id);
    }

    /** The id, 0 or more, that the idempotency records of this instance's requests carry. */
    public int id() {
        return id;
    }

    /**
     * An SQL condition true when the instance whose id is in {@code column} still holds its lock
     * (in this database), that is, still lives.
     */
    public static String isLive(String column) {
        return """
                EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
                        AND l.classid = %d::oid AND l.objid = %s::oid AND l.objsubid = 2
                        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))"""
                .formatted(LOCK_SPACE, column);
    }

    /** Opens the session again and takes the lock again if the session broke. */
    @Scheduled(fixedDelayString = "${ledger.idempotency.instance-check-interval:PT5S}")
    public synchronized void keep() {
        try {
            if (session != null && session.isValid(2)) {
                return;
            }
            close();
            log.warn("The session holding this instance's lock {}:{} broke; taking the lock again", LOCK_SPACE, id);
            if (!tryLock(id)) {
                log.warn("The lock {}:{} is still held by the broken session; trying again later", LOCK_SPACE, id);
                close();
            }
        } catch (SQLException e) {
            log.warn("Cannot take this instance's lock {}:{} again yet: {}", LOCK_SPACE, id, e.getMessage());
            close();
        }
    }

    private synchronized int acquireNewId() {
        try {
            for (int attempt = 0; attempt < 10; attempt++) {
                int candidate = RANDOM.nextInt(Integer.MAX_VALUE);
                if (tryLock(candidate)) {
                    return candidate;
                }
                close();
            }
            throw new IllegalStateException("no free instance lock after 10 tries");
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("cannot take this instance's lock in PostgreSQL", e);
        }
    }

    /**
     * Opens the session and tries the lock. The server drops the session, and so the lock, about a
     * minute after this process's machine stops answering.
     */
    private boolean tryLock(int candidate) throws SQLException {
        session = database.getConnection();
        session.setAutoCommit(true);
        try (Statement settings = session.createStatement()) {
            settings.execute("SET application_name = 'order-ledger instance " + candidate + "'; "
                    + "SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 3");
        }
        try (PreparedStatement lock = session.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, LOCK_SPACE);
            lock.setInt(2, candidate);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void close() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // the session is gone either way
            }
            session = null;
        }
    }

    /** Ends the session: the lock goes with it. */
    @Override
    public synchronized void destroy() {
        close();
    }
}
