package dev.orderledger.app.web;

import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The idempotency records in PostgreSQL: a claim that was taken over can no longer write. */
class IdempotencyStoreIT extends LedgerIntegrationTest {

    @Autowired
    IdempotencyStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRequestThatRanPastItsClaimCannotOverwriteTheRetryThatTookOver() {
        String owner = "owner-" + UUID.randomUUID();
        Optional<String> slow = store.claim(owner, "key-1", "hash");
        assertThat(store.claim(owner, "key-1", "hash")).as("still held").isEmpty();
        jdbc.update("UPDATE idempotency_record SET created_at = ? WHERE owner = ?",
                Timestamp.from(Instant.now().minus(IdempotencyStore.ABANDONED_AFTER).minusSeconds(1)), owner);

        Optional<String> retry = store.claim(owner, "key-1", "hash");
        store.complete(owner, "key-1", slow.orElseThrow(), 201, "application/json", "{\"from\":\"slow\"}".getBytes(), null);
        store.release(owner, "key-1", slow.orElseThrow());
        store.complete(owner, "key-1", retry.orElseThrow(), 201, "application/json", "{\"from\":\"retry\"}".getBytes(), null);

        assertThat(retry).isPresent().isNotEqualTo(slow);
        IdempotencyStore.Record record = store.find(owner, "key-1").orElseThrow();
        assertThat(record.inFlight()).isFalse();
        assertThat(new String(record.body())).isEqualTo("{\"from\":\"retry\"}");
    }

    @Test
    void anAbandonedClaimIsTakenOverOnlyForTheSameRequest() {
        String owner = "owner-" + UUID.randomUUID();
        store.claim(owner, "key-1", "hash");
        jdbc.update("UPDATE idempotency_record SET created_at = ? WHERE owner = ?",
                Timestamp.from(Instant.now().minus(IdempotencyStore.ABANDONED_AFTER).minusSeconds(1)), owner);

        assertThat(store.claim(owner, "key-1", "another-hash")).isEmpty();
    }
}
