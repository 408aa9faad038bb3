package dev.orderledger.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The idempotency records in PostgreSQL. Each statement commits on its own, so a second request
 * with the same key sees the first one as soon as it starts ({@code IN_FLIGHT}). A claim names the
 * instance that holds it; a retry takes over a claim whose instance died (its {@link InstanceLock}
 * is free) at once, and any claim older than {@link #ABANDONED_AFTER}.
 */
@Component
public class IdempotencyStore {

    /** Logged when a retry takes over the claim of a request that died. */
    public static final String TAKEN_OVER = "Idempotency-Key claim taken over";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);

    /** A request in flight for longer than this is taken to have died, even if its instance still lives. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final InstanceLock instance;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock, InstanceLock instance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
    }

    record Record(String requestHash, boolean inFlight, int status, String contentType, byte[] body, String location) {
    }

    /**
     * Claims the key for this request and answers the claim's token, or empty when another request
     * holds the key (or has finished with it). A claim left by a request whose instance died is
     * taken over: the request runs again.
     */
    Optional<String> claim(String owner, String key, String requestHash) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        int inserted = jdbc.update("""
                INSERT INTO idempotency_record (owner, idempotency_key, request_hash, state, created_at, claim_token, instance_id)
                VALUES (?, ?, ?, 'IN_FLIGHT', ?, ?, ?) ON CONFLICT DO NOTHING""",
                owner, key, requestHash, Timestamp.from(now), token, instance.id());
        if (inserted == 1) {
            return Optional.of(token);
        }
        // Two retries racing for an orphaned claim: the second one re-reads the row the first updated,
        // finds a live instance on it and takes nothing.
        int takenOver = jdbc.update("""
                UPDATE idempotency_record SET created_at = ?, claim_token = ?, instance_id = ?
                WHERE owner = ? AND idempotency_key = ? AND request_hash = ? AND state = 'IN_FLIGHT'
                  AND (created_at < ? OR (instance_id <> ? AND NOT %s))""".formatted(InstanceLock.isLive("instance_id")),
                Timestamp.from(now), token, instance.id(), owner, key, requestHash,
                Timestamp.from(now.minus(ABANDONED_AFTER)), instance.id());
        if (takenOver == 0) {
            return Optional.empty();
        }
        log.info("{} of {}: the request holding this key died; it runs again", TAKEN_OVER, owner);
        return Optional.of(token);
    }

    Optional<Record> find(String owner, String key) {
        return jdbc.query("""
                        SELECT request_hash, state, response_status, response_type, response_body, location
                        FROM idempotency_record WHERE owner = ? AND idempotency_key = ?""",
                (row, index) -> new Record(row.getString(1), "IN_FLIGHT".equals(row.getString(2)), row.getInt(3),
                        row.getString(4), row.getBytes(5), row.getString(6)),
                owner, key).stream().findFirst();
    }

    /** Stores the answer, unless this claim was taken over meanwhile. */
    void complete(String owner, String key, String token, int status, String contentType, byte[] body, String location) {
        jdbc.update("""
                UPDATE idempotency_record SET state = 'DONE', response_status = ?, response_type = ?,
                       response_body = ?, location = ?
                WHERE owner = ? AND idempotency_key = ? AND claim_token = ? AND state = 'IN_FLIGHT'""",
                status, contentType, body, location, owner, key, token);
    }

    /** Forgets a request that changed nothing, so that a retry runs it again; only by the claim's holder. */
    void release(String owner, String key, String token) {
        jdbc.update("""
                DELETE FROM idempotency_record
                WHERE owner = ? AND idempotency_key = ? AND claim_token = ? AND state = 'IN_FLIGHT'""",
                owner, key, token);
    }
}
