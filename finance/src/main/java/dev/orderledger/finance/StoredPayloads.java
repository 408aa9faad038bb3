package dev.orderledger.finance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which stored payloads a replay reads, and into what. Each fold names the event types it needs and
 * reads their JSON, as the event serializer wrote it, into small shapes of its own: the replay neither
 * validates identifiers again nor parses what it does not use, which makes reading several times
 * faster than building the events themselves, and it trusts nothing the command side would have corrected.
 */
final class StoredPayloads {

    /** What a fold does with one payload it reads. */
    @FunctionalInterface
    interface Reader<T> {
        void fold(ReplayedHistory history, T payload, EventRef at);
    }

    private record Handler(ObjectReader json, Reader<Object> reader) {
    }

    private final ObjectMapper eventMapper;
    private final Map<String, Handler> byType = new HashMap<>();

    StoredPayloads(ObjectMapper eventMapper) {
        this.eventMapper = eventMapper;
    }

    /** Reads every stored {@code eventType} into a {@code shape} and hands it to the reader. */
    @SuppressWarnings("unchecked")
    <T> void on(Class<?> eventType, Class<T> shape, Reader<T> reader) {
        if (byType.putIfAbsent(eventType.getName(), new Handler(eventMapper.readerFor(shape), (Reader<Object>) reader)) != null) {
            throw new IllegalStateException(eventType.getName() + " is read twice");
        }
    }

    /** The payload types read, as the event store names them, sorted. */
    List<String> types() {
        return byType.keySet().stream().sorted().toList();
    }

    /**
     * Reads one stored payload of one of the {@link #types()} and folds it into the history; a payload
     * that cannot be read is noted in the history as such (it is itself a discrepancy) and skipped.
     */
    void fold(ReplayedHistory history, long globalIndex, String eventId, String payloadType, byte[] payload) {
        Handler handler = handlerOf(payloadType);
        EventRef at = new EventRef(globalIndex, eventId);
        history.counted(at);
        Object read;
        try {
            read = handler.json().readValue(payload);
        } catch (IOException unreadable) {
            history.unreadable(at, payloadType, unreadable.getMessage().lines().findFirst().orElse("unreadable"));
            return;
        }
        handler.reader().fold(history, read, at);
    }

    /**
     * Reads a payload from beyond the replay's bounds and folds it only when it is {@code wanted}
     * (a part of a journal entry the bound cut); it is not counted among the events replayed.
     * @return whether it was folded
     */
    boolean foldIf(Predicate<Object> wanted, ReplayedHistory history, long globalIndex, String eventId, String payloadType,
                   byte[] payload) {
        Handler handler = handlerOf(payloadType);
        Object read;
        try {
            read = handler.json().readValue(payload);
        } catch (IOException unreadable) {
            return false;
        }
        if (!wanted.test(read)) {
            return false;
        }
        handler.reader().fold(history, read, new EventRef(globalIndex, eventId));
        return true;
    }

    private Handler handlerOf(String payloadType) {
        Handler handler = byType.get(payloadType);
        if (handler == null) {
            throw new IllegalArgumentException("a replay does not read " + payloadType);
        }
        return handler;
    }

}
