package dev.orderledger.app.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ledger's own OpenAPI document ({@code GET /v3/api-docs}): every operation it declares (the
 * actuator's aside), and the schemas its bodies and parameters refer to.
 */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String REF_PREFIX = "#/components/schemas/";

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    static OpenApiDocument parse(String text) {
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is not JSON", e);
        }
    }

    /** Every operation, sorted by path then method so that generation does not depend on the document's order. */
    List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/actuator")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return operations;
    }

    private ApiOperation operation(String method, String path, JsonNode op) {
        List<ApiOperation.Param> params = new ArrayList<>();
        for (JsonNode param : op.path("parameters")) {
            params.add(new ApiOperation.Param(param.path("name").asText(), param.path("in").asText(),
                    param.path("schema"), param.path("required").asBoolean(false)));
        }
        JsonNode content = op.path("requestBody").path("content");
        if (!content.isObject() || content.isEmpty()) {
            return new ApiOperation(method, path, List.copyOf(params), null, null, false);
        }
        String mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
        return new ApiOperation(method, path, List.copyOf(params), content.path(mediaType).path("schema"), mediaType,
                op.path("requestBody").path("required").asBoolean(false));
    }

    /** The schema itself, or the one its {@code $ref} names. */
    JsonNode resolve(JsonNode schema) {
        String ref = refName(schema);
        return ref == null ? schema : document.path("components").path("schemas").path(ref);
    }

    /** The component name a {@code $ref} points to ({@code Money}), or null. */
    static String refName(JsonNode schema) {
        String ref = schema == null ? null : schema.path("$ref").asText(null);
        return ref != null && ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : null;
    }
}
