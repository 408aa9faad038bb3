package dev.orderledger.finance;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads events' payloads as the event table stores them. The mapper is the one the event serializer
 * writes with: the assembly that stores the events hands it in (finance does not know how the ledger
 * is wired), so a change to how events are stored reaches finance without a second definition.
 */
public final class StoredEvents {

    private final ObjectMapper eventMapper;

    public StoredEvents(ObjectMapper eventMapper) {
        this.eventMapper = eventMapper;
    }

    <T> T read(byte[] payload, Class<T> type) {
        try {
            return eventMapper.readValue(payload, type);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read a stored " + type.getSimpleName(), unreadable);
        }
    }

    /** The payloads a replay reads, each into the shape its fold wants ({@link ReplayedHistory#payloads}). */
    StoredPayloads forReplay() {
        return ReplayedHistory.payloads(eventMapper);
    }
}
