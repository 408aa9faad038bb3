package dev.orderledger.finance;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

/**
 * A copy of the event table to plant errors in, so that the event store itself is never touched:
 * its stored JSON payloads changed field by field, rows deleted, and the copy replayed.
 */
final class EventTableCopy {

    private final JdbcTemplate jdbc;
    private final String name = "finance_copy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private EventTableCopy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An empty table of the event table's shape, for a history written into it. */
    static EventTableCopy empty(JdbcTemplate jdbc) {
        EventTableCopy copy = new EventTableCopy(jdbc);
        jdbc.execute("CREATE TABLE " + copy.name + " AS SELECT * FROM domainevententry WHERE false");
        return copy;
    }

    /** The event table's events up to this global index, keyed by it. */
    static EventTableCopy upTo(JdbcTemplate jdbc, long globalIndex) {
        EventTableCopy copy = new EventTableCopy(jdbc);
        jdbc.execute("CREATE TABLE " + copy.name + " AS SELECT * FROM domainevententry WHERE globalindex <= " + globalIndex);
        jdbc.execute("ALTER TABLE " + copy.name + " ADD PRIMARY KEY (globalindex)");
        return copy;
    }

    String name() {
        return name;
    }

    /** The whole copy, as a replay reads it. */
    ReplayScope everything() {
        return new ReplayScope(name, null, null);
    }

    /** The first global index of the events whose row meets the SQL condition (with these parameters). */
    long firstWhere(String condition, Object... parameters) {
        return jdbc.queryForObject("SELECT min(globalindex) FROM " + name + " WHERE " + condition, Long.class, parameters);
    }

    /** The global index of the journal event of this type ({@code AccountDebitedEvent}, ...) of this transfer. */
    long journalEvent(String type, String transferId) {
        return firstWhere("payloadtype = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'transferId' = ?",
                "dev.orderledger.api.account." + type, transferId);
    }

    /** Sets one field of the stored payload: {@code path} as jsonb_set takes it ({@code {amount,amount}}), the value as JSON. */
    void set(long globalIndex, String path, String json) {
        jdbc.update("UPDATE " + name + " SET payload = convert_to(jsonb_set(convert_from(payload, 'UTF8')::jsonb, ?::text[],"
                    + " ?::jsonb)::text, 'UTF8') WHERE globalindex = ?", path, json, globalIndex);
    }

    void delete(long globalIndex) {
        jdbc.update("DELETE FROM " + name + " WHERE globalindex = ?", globalIndex);
    }

    void drop() {
        jdbc.execute("DROP TABLE IF EXISTS " + name);
    }
}
