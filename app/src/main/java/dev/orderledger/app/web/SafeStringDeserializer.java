package dev.orderledger.app.web;

import dev.orderledger.api.common.SafeText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.common.NumberAsText;

import java.io.IOException;

/**
 * Reads every JSON string of a request body (and every object key) as Jackson's own string
 * deserializer does, then refuses it when {@link SafeText} does: one line, unless the property is
 * marked {@link MultiLine}. The refusal is a {@link RefusedText}, which Jackson places at the JSON
 * path of the property, so the client is told which field it was. A whole number is taken for text
 * only where the property is marked {@link NumberAsText}; elsewhere the strict mapper refuses it.
 */
final class SafeStringDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

    static final SafeStringDeserializer SINGLE_LINE = new SafeStringDeserializer(false, false);
    static final SafeStringDeserializer MULTI_LINE = new SafeStringDeserializer(true, false);
    static final SafeStringDeserializer NUMBER_AS_TEXT = new SafeStringDeserializer(false, true);

    /** Object keys (of maps in a request) are always one line. */
    static final KeyDeserializer KEYS = new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            String refusal = SafeText.refusal(key, false);
            if (refusal != null) {
                throw new RefusedText(context.getParser(), "a key " + refusal);
            }
            return key;
        }
    };

    private final boolean multiLine;
    private final boolean numberAsText;

    private SafeStringDeserializer(boolean multiLine, boolean numberAsText) {
        super(String.class);
        this.multiLine = multiLine;
        this.numberAsText = numberAsText;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        if (property == null) {
            return SINGLE_LINE;
        }
        if (property.getAnnotation(NumberAsText.class) != null) {
            return NUMBER_AS_TEXT;
        }
        return property.getAnnotation(MultiLine.class) != null ? MULTI_LINE : SINGLE_LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (numberAsText && parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            return parser.getText();
        }
        String text = StringDeserializer.instance.deserialize(parser, context);
        String refusal = text == null ? null : SafeText.refusal(text, multiLine);
        if (refusal != null) {
            throw new RefusedText(parser, refusal);
        }
        return text;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
        return "";
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    /** A string the ledger does not take in; its message is what to tell the client about the field. */
    static final class RefusedText extends MismatchedInputException {

        RefusedText(JsonParser parser, String refusal) {
            super(parser, refusal, String.class);
        }
    }
}
