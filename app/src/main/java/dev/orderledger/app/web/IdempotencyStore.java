package dev.orderledger.app.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency records in PostgreSQL. Each statement commits on its own, so a second request
 * with the same key sees the first one as soon as it starts ({@code IN_FLIGHT}).
 */
@Component
public class IdempotencyStore {

    /** A request in flight for longer than this is taken to have died with its server. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Record(String requestHash, boolean inFlight, int status, String contentType, byte[] body, String location) {
    }

    /** Claims the key for this request; false when another request holds it. */
    boolean claim(String owner, String key, String requestHash) {
        Instant now = clock.instant();
        int inserted = jdbc.update("""
                INSERT INTO idempotency_record (owner, idempotency_key, request_hash, state, created_at)
                VALUES (?, ?, ?, 'IN_FLIGHT', ?) ON CONFLICT DO NOTHING""",
                owner, key, requestHash, Timestamp.from(now));
        if (inserted == 1) {
            return true;
        }
        int takenOver = jdbc.update("""
                UPDATE idempotency_record SET created_at = ?
                WHERE owner = ? AND idempotency_key = ? AND request_hash = ? AND state = 'IN_FLIGHT' AND created_at < ?""",
                Timestamp.from(now), owner, key, requestHash, Timestamp.from(now.minus(ABANDONED_AFTER)));
        return takenOver == 1;
    }

    Optional<Record> find(String owner, String key) {
        return jdbc.query("""
                        SELECT request_hash, state, response_status, response_type, response_body, location
                        FROM idempotency_record WHERE owner = ? AND idempotency_key = ?""",
                (row, index) -> new Record(row.getString(1), "IN_FLIGHT".equals(row.getString(2)), row.getInt(3),
                        row.getString(4), row.getBytes(5), row.getString(6)),
                owner, key).stream().findFirst();
    }

    void complete(String owner, String key, int status, String contentType, byte[] body, String location) {
        jdbc.update("""
                UPDATE idempotency_record SET state = 'DONE', response_status = ?, response_type = ?,
                       response_body = ?, location = ?
                WHERE owner = ? AND idempotency_key = ?""",
                status, contentType, body, location, owner, key);
    }

    /** Forgets a request that failed on the server's side, so that a retry runs it again. */
    void release(String owner, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE owner = ? AND idempotency_key = ? AND state = 'IN_FLIGHT'",
                owner, key);
    }
}
