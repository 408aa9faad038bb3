package dev.orderledger.app.web;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.orderledger.api.common.InvalidValue;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body that could not be read, as a 400 problem naming the JSON path the client sent
 * ({@code lines[0].quantity}; {@value Problems#WHOLE_BODY} for the document as a whole) and what is
 * wrong there: invalid JSON, a key given twice, content after the document, an unknown field, a
 * value of the wrong type or out of range, text the ledger refuses, or a value object's refusal
 * while it was being built (placed at the property being built, or the field the refusal names).
 */
final class UnreadableBody {

    private static final int LONGEST_PARSER_MESSAGE = 160;

    private UnreadableBody() {
    }

    static ProblemDetail problemFor(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        if (!(cause instanceof com.fasterxml.jackson.core.JacksonException)) {
            String message = cause == null && String.valueOf(unreadable.getMessage()).startsWith("Required request body is missing")
                    ? "a JSON body is required" : "is not a JSON document this endpoint reads";
            return Problems.malformed("the request body could not be read",
                    List.of(Problems.error(Problems.WHOLE_BODY, message)));
        }
        StreamReadException syntax = causeOfType(cause, StreamReadException.class);
        if (syntax != null && syntax.getProcessor() != null) {
            return problemAt(pathOf(syntax.getProcessor().getParsingContext()), syntaxMessage(syntax));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String path = pathOf(unknown);
            return Problems.malformed("unknown field '" + unknown.getPropertyName() + "'",
                    List.of(Problems.error(path, "is not a field of this request")));
        }
        JsonMappingException mapping = (JsonMappingException) cause;
        InvalidValue refused = causeOfType(cause, InvalidValue.class);
        String path = pathOf(mapping);
        if (refused != null && refused.field() != null) {
            path = path.equals(Problems.WHOLE_BODY) ? refused.field() : path + "." + refused.field();
        }
        return problemAt(path, mappingMessage(mapping));
    }

    private static ProblemDetail problemAt(String path, String message) {
        return Problems.malformed("invalid value at '" + path + "': " + message, List.of(Problems.error(path, message)));
    }

    private static String syntaxMessage(StreamReadException syntax) {
        String original = String.valueOf(syntax.getOriginalMessage());
        if (original.startsWith("Duplicate field")) {
            return "is given more than once";
        }
        if (syntax instanceof InputCoercionException outOfRange) {
            return "is out of range for " + expected(outOfRange.getTargetType());
        }
        String firstLine = original.lines().findFirst().orElse("").strip();
        return "is not valid JSON: " + (firstLine.length() > LONGEST_PARSER_MESSAGE
                ? firstLine.substring(0, LONGEST_PARSER_MESSAGE) + "…" : firstLine);
    }

    private static String mappingMessage(JsonMappingException mapping) {
        String original = String.valueOf(mapping.getOriginalMessage());
        if (mapping instanceof SafeStringDeserializer.RefusedText) {
            return original;
        }
        if (mapping instanceof InvalidNullException || original.startsWith("Cannot map `null`")) {
            return "is required";
        }
        if (original.startsWith("Trailing token")) {
            return "has content after the JSON document";
        }
        IllegalArgumentException refused = causeOfType(mapping, IllegalArgumentException.class);
        if (refused != null && refused.getMessage() != null) {
            return refused.getMessage();
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        return "has the wrong type or format";
    }

    /** What a value of this type looks like, in the client's terms. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number" + (type == int.class || type == Integer.class ? " (32-bit)" : "");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)) {
            return "an ISO-8601 string";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a valid " + type.getSimpleName();
    }

    /** The JSON path of a mapping problem as the client wrote it: {@code lines[0].quantity}. */
    static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? Problems.WHOLE_BODY : path.toString();
    }

    /** The JSON path where the parser stopped. */
    static String pathOf(JsonStreamContext where) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext context = where; context != null && !context.inRoot(); context = context.getParent()) {
            chain.add(0, context);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context : chain) {
            if (context.inObject() && context.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(context.getCurrentName());
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                path.append('[').append(context.getCurrentIndex()).append(']');
            }
        }
        return path.isEmpty() ? Problems.WHOLE_BODY : path.toString();
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
