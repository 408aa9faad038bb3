package dev.orderledger.app.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree as text with one edit spliced in as raw text, so the result can hold what no
 * JSON library would write: a second value for a key, a number where an enum's name belongs,
 * {@code \u0000} or an unpaired surrogate in a string, a fraction for an integer.
 */
final class JsonSplice {

    private static final ObjectMapper JSON = new ObjectMapper();

    enum Edit { REPLACE, REMOVE, DUPLICATE }

    private JsonSplice() {
    }

    /**
     * The tree with the node at {@code path} replaced by {@code raw}, removed, or (DUPLICATE) followed
     * by a second entry of the same key whose value is {@code raw}.
     */
    static String write(JsonNode root, List<Object> path, Edit edit, String raw) {
        StringBuilder text = new StringBuilder();
        write(root, new ArrayList<>(), path, edit, raw, text);
        return text.toString();
    }

    private static void write(JsonNode node, List<Object> at, List<Object> target, Edit edit, String raw, StringBuilder text) {
        if (edit == Edit.REPLACE && at.equals(target)) {
            text.append(raw);
        } else if (node.isObject()) {
            text.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                at.add(field.getKey());
                boolean here = at.equals(target);
                if (!(here && edit == Edit.REMOVE)) {
                    text.append(first ? "" : ",").append(quote(field.getKey())).append(':');
                    write(field.getValue(), at, target, edit, raw, text);
                    if (here && edit == Edit.DUPLICATE) {
                        text.append(',').append(quote(field.getKey())).append(':').append(raw);
                    }
                    first = false;
                }
                at.remove(at.size() - 1);
            }
            text.append('}');
        } else if (node.isArray()) {
            text.append('[');
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                text.append(i == 0 ? "" : ",");
                write(node.get(i), at, target, edit, raw, text);
                at.remove(at.size() - 1);
            }
            text.append(']');
        } else {
            text.append(node.toString());
        }
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
