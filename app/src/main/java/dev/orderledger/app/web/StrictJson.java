package dev.orderledger.app.web;

import dev.orderledger.api.common.SafeText;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The JSON of HTTP requests is read strictly: a key given twice, content after the document, a
 * number for an enum, a fraction for a whole number, a number or boolean for a string and a string
 * for a whole number or a boolean are 400, and every string passes {@link SafeText}. Money amounts
 * stay strings ("12.50"): a string for a decimal number is the API's form, not a coercion.
 * <p>
 * Only the HTTP message converter gets this mapper, a copy of Spring Boot's. Axon's serializers have
 * their own tolerant mapper ({@code SerializerConfiguration}), so stored events read as before.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /** Replaces Spring Boot's converter (it backs off when one is defined). */
    @Bean
    MappingJackson2HttpMessageConverter strictJsonConverter(ObjectMapper objectMapper) {
        return new MappingJackson2HttpMessageConverter(forRequests(objectMapper));
    }

    /** A copy of the application's mapper that reads requests strictly; the original is unchanged. */
    static ObjectMapper forRequests(ObjectMapper base) {
        ObjectMapper strict = base.copy();
        strict.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.registerModule(new SimpleModule("safe-text")
                .addDeserializer(String.class, SafeStringDeserializer.SINGLE_LINE)
                .addKeyDeserializer(String.class, SafeStringDeserializer.KEYS));
        return strict;
    }
}
