package dev.orderledger.search;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.orderledger.api.common.StoredText;

import java.io.IOException;

/**
 * The one place where the text the search projection writes to Elasticsearch is made storable
 * ({@link StoredText}): every string and every key of every document the client sends is cleaned as it
 * is written. Elasticsearch refuses NUL (and U+001D to U+001F) in the suggestion field, which failed the
 * whole bulk request; history recorded before the API refused such text now projects, with U+FFFD
 * where the character was.
 */
final class StoredTextInElasticsearch {

    private StoredTextInElasticsearch() {
    }

    /** The client's usual mapper, with every document string cleaned. */
    static JacksonJsonpMapper mapper() {
        JacksonJsonpMapper mapper = new JacksonJsonpMapper();
        mapper.objectMapper().registerModule(new SimpleModule("stored-text")
                .addSerializer(String.class, new CleanString(false))
                .addKeySerializer(String.class, new CleanString(true)));
        return mapper;
    }

    private static final class CleanString extends StdSerializer<String> {

        private final boolean key;

        CleanString(boolean key) {
            super(String.class);
            this.key = key;
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (key) {
                generator.writeFieldName(StoredText.clean(value));
            } else {
                generator.writeString(StoredText.clean(value));
            }
        }
    }
}
