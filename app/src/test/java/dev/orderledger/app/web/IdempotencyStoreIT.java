package dev.orderledger.app.web;

import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The idempotency records in PostgreSQL: a claim that was taken over can no longer write; a claim
 * whose instance died is taken over at once, one whose instance lives is not.
 */
class IdempotencyStoreIT extends LedgerIntegrationTest {

    @Autowired
    IdempotencyStore store;

    @Autowired
    InstanceLock instance;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OtherInstances otherInstances;

    @Test
    void aClaimLeftByAnInstanceThatDiedIsTakenOverAtOnce() {
        String owner = "owner-" + UUID.randomUUID();
        Optional<String> orphaned = store.claim(owner, "key-1", "hash");
        jdbc.update("UPDATE idempotency_record SET instance_id = ? WHERE owner = ?", otherInstances.dead(), owner);

        Optional<String> retry = store.claim(owner, "key-1", "hash");

        assertThat(retry).isPresent().isNotEqualTo(orphaned);
        assertThat(store.claim(owner, "key-1", "hash")).as("now held by this live instance").isEmpty();
        assertThat(jdbc.queryForObject("SELECT instance_id FROM idempotency_record WHERE owner = ?", Integer.class, owner))
                .isEqualTo(instance.id());
    }

    @Test
    void aClaimOfAnotherInstanceThatLivesIsNotTakenOver() {
        String owner = "owner-" + UUID.randomUUID();
        store.claim(owner, "key-1", "hash");
        otherInstances.whileOneLives(other -> {
            jdbc.update("UPDATE idempotency_record SET instance_id = ? WHERE owner = ?", other, owner);

            assertThat(store.claim(owner, "key-1", "hash")).isEmpty();
        });
    }

    @Test
    void anInstanceWhoseLockSessionBrokeTakesItsLockAgain() {
        jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = ?::oid "
                + "AND objid = ?::oid AND objsubid = 2", InstanceLock.LOCK_SPACE, instance.id());
        await().atMost(Duration.ofSeconds(5)).until(() -> !otherInstances.isLive(instance.id()));

        instance.keep();

        assertThat(otherInstances.isLive(instance.id())).isTrue();
    }

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
