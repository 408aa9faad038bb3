package dev.orderledger.finance;

import dev.orderledger.api.account.TransferRecordedEvent;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The journal entries ({@link TransferRecordedEvent}s) the event store recorded in a span of time,
 * read straight from the event table by its {@code timestamp} column, in global index order: the one
 * reading of "a day's transfers" that the daily settlement and the gateway statement match share.
 */
@Component
class JournalEntries {

    private final JdbcTemplate jdbc;
    private final StoredEvents events;

    JournalEntries(JdbcTemplate jdbc, StoredEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** One journal entry with where the event store keeps it. */
    record Recorded(long globalIndex, String eventId, Instant storedAt, TransferRecordedEvent transfer) {
    }

    /**
     * The entries stored from {@code from} (inclusive) to {@code to} (exclusive). The payload type is
     * written into the statement, not bound, so that the planner always sees it is the one the
     * journal's time index covers (V1_6).
     */
    List<Recorded> between(Instant from, Instant to) {
        return jdbc.query("SELECT globalindex, eventidentifier, timestamp, payload FROM domainevententry"
                          + " WHERE payloadtype = '" + TransferRecordedEvent.class.getName() + "'"
                          + " AND timestamp >= ? AND timestamp < ? ORDER BY globalindex",
                (row, number) -> new Recorded(row.getLong(1), row.getString(2),
                        DateTimeUtils.parseInstant(row.getString(3)),
                        events.read(row.getBytes(4), TransferRecordedEvent.class)),
                DateTimeUtils.formatInstant(from), DateTimeUtils.formatInstant(to));
    }

    /** The entries of a UTC day. */
    List<Recorded> on(LocalDate day) {
        return between(startOf(day), startOf(day.plusDays(1)));
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
