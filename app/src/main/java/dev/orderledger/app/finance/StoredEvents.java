package dev.orderledger.app.finance;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.app.axon.SerializerConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads an event's payload as the event table stores it, with the mapper the event serializer uses. */
final class StoredEvents {

    private static final ObjectMapper EVENTS = SerializerConfiguration.messageMapper();

    private StoredEvents() {
    }

    static <T> T read(byte[] payload, Class<T> type) {
        try {
            return EVENTS.readValue(payload, type);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read a stored " + type.getSimpleName(), unreadable);
        }
    }
}
