package dev.orderledger.app.guard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to one operation with every part still separate (path variables and query values already
 * percent-encoded, headers, body), so that a generator can spoil one part and leave the rest as it
 * was. Immutable: each {@code with...} gives a new draft.
 */
record RequestDraft(ApiOperation operation, Map<String, String> pathSegments, List<Map.Entry<String, String>> query,
                    Map<String, String> headers, byte[] body, String contentType) {

    RequestDraft withPathSegment(String name, String rawSegment) {
        Map<String, String> segments = new LinkedHashMap<>(pathSegments);
        segments.put(name, rawSegment);
        return new RequestDraft(operation, segments, query, headers, body, contentType);
    }

    /** Replaces the query parameter's value (raw, already encoded), or adds it when absent. */
    RequestDraft withQuery(String name, String rawValue) {
        List<Map.Entry<String, String>> values = new ArrayList<>();
        boolean replaced = false;
        for (Map.Entry<String, String> entry : query) {
            if (entry.getKey().equals(name) && !replaced) {
                values.add(Map.entry(name, rawValue));
                replaced = true;
            } else if (!entry.getKey().equals(name)) {
                values.add(entry);
            }
        }
        if (!replaced) {
            values.add(Map.entry(name, rawValue));
        }
        return new RequestDraft(operation, pathSegments, values, headers, body, contentType);
    }

    /** Adds one more value for a query parameter, after those already there. */
    RequestDraft withExtraQuery(String name, String rawValue) {
        List<Map.Entry<String, String>> values = new ArrayList<>(query);
        values.add(Map.entry(name, rawValue));
        return new RequestDraft(operation, pathSegments, values, headers, body, contentType);
    }

    RequestDraft withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new RequestDraft(operation, pathSegments, query, all, body, contentType);
    }

    RequestDraft withBody(String text, String mediaType) {
        return withBody(text.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    RequestDraft withBody(byte[] bytes, String mediaType) {
        return new RequestDraft(operation, pathSegments, query, headers, bytes, mediaType);
    }

    /** The request line's target: the path with its variables filled in, then the query. */
    String target() {
        String path = operation.path();
        for (Map.Entry<String, String> segment : pathSegments.entrySet()) {
            path = path.replace("{" + segment.getKey() + "}", segment.getValue());
        }
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder target = new StringBuilder(path).append('?');
        for (Map.Entry<String, String> entry : query) {
            target.append(target.charAt(target.length() - 1) == '?' ? "" : "&").append(entry.getKey()).append('=').append(entry.getValue());
        }
        return target.toString();
    }

    BadRequest spoiled(String generator, String what, boolean mustRefuse) {
        return new BadRequest(operation.id(), generator, what, operation.method(), target(), headers, body, contentType, mustRefuse,
                false);
    }
}
