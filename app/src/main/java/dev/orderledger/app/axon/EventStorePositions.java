package dev.orderledger.app.axon;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Positions of events in the event store, for consistency tokens. On the JDBC store an event's
 * position is its global index, looked up by its identifier; elsewhere (Axon Server, whose positions
 * have no gaps) the store's head stands for the last event a write appended.
 */
@Component
class EventStorePositions implements EventPositions {

    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final boolean jdbcStore;

    EventStorePositions(EventStore events, JdbcTemplate jdbc, ObjectProvider<EventStorageEngine> engine) {
        this.events = events;
        this.jdbc = jdbc;
        this.jdbcStore = engine.getIfAvailable() instanceof JdbcEventStorageEngine;
    }

    @Override
    public long lastOf(List<String> eventIds) {
        if (jdbcStore && !eventIds.isEmpty()) {
            Long position = jdbc.queryForObject(
                    "SELECT max(globalindex) FROM domainevententry WHERE eventidentifier = ANY (?)",
                    Long.class, (Object) eventIds.toArray(String[]::new));
            if (position != null) {
                return position;
            }
        }
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
