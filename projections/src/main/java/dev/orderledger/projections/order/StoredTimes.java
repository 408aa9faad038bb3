package dev.orderledger.projections.order;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The times of an order document as PostgreSQL keeps its time columns: to the nearest microsecond.
 * The document is written from the rows as the projection holds them in memory, with the times of the
 * events; a reader of those rows gets them from the database, rounded. Written this way, the document
 * reads exactly as the rows do.
 */
final class StoredTimes extends StdSerializer<Instant> {

    /** The Jackson module that writes every time of a document so. */
    static SimpleModule module() {
        return new SimpleModule("order-document-times").addSerializer(Instant.class, new StoredTimes());
    }

    private StoredTimes() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant at, JsonGenerator json, SerializerProvider provider) throws IOException {
        InstantSerializer.INSTANCE.serialize(at.plusNanos(500).truncatedTo(ChronoUnit.MICROS), json, provider);
    }
}
