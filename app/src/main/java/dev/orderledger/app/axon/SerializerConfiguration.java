package dev.orderledger.app.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import dev.orderledger.finance.StoredEvents;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Jackson for all three of Axon's serializers, with a mapper of its own: the stored form of events
 * must not change when someone tunes the HTTP API's JSON settings. It reads tolerantly (unknown
 * fields are ignored) so that older code can read newer events during a rolling upgrade. The
 * general serializer, which stores snapshots, sagas and tokens, also reads and writes private
 * fields: aggregates and sagas keep their state in fields without getters.
 */
@Configuration(proxyBeanMethods = false)
public class SerializerConfiguration {

    /** A new mapper as the event and message serializers use it: how events are stored, for readers outside Axon. */
    public static ObjectMapper messageMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(new ParameterNamesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Finance reads the stored events itself, with the mapper they were written with. */
    @Bean
    StoredEvents storedEvents() {
        return new StoredEvents(messageMapper());
    }

    @Bean
    @Primary
    Serializer serializer() {
        ObjectMapper stateMapper = messageMapper();
        stateMapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(stateMapper).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }
}
