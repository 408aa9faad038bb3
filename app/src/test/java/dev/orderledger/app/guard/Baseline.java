package dev.orderledger.app.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plausible request the generators start from: a body that follows the operation's schema, with
 * the owner's real ids where a field's name asks for one (and a new id where the request creates the
 * record it names, see {@link FreshIds}), and the same for path variables, query parameters and headers. While it builds the body it lists every node in it (with its path and
 * schema) for {@link BodyMutations} to spoil.
 */
final class Baseline {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Optional fields left out because each makes the request contradict another field (kind FIXED, email or phone) or needs a record the cast has not. */
    private static final Set<String> LEFT_OUT = Set.of("RegisterRequest.phone", "TemplateRequest.percentOff",
            "TemplateRequest.maxDiscount", "Spu.brandId", "AttributeRequest.attributeId");
    private static final int MAX_DEPTH = 6;

    /** A node of the baseline body: where it is, its field name, its schema, what it holds and whether its object requires it. */
    record Node(List<Object> path, String name, JsonNode schema, String type, boolean required) {

        /** The JSON path as a client writes it: {@code lines[0].quantity}. */
        String label() {
            StringBuilder label = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    label.append('[').append(index).append(']');
                } else {
                    label.append(label.isEmpty() ? "" : ".").append(step);
                }
            }
            return label.isEmpty() ? "(body)" : label.toString();
        }
    }

    /** The baseline body, its nodes (the root first) and the labels of optional fields the schema declares but the body leaves out. */
    record Body(JsonNode root, List<Node> nodes, Set<String> leftOut) {

        /** Every field the document declares for this body, as a client writes its path. */
        Set<String> declared() {
            Set<String> labels = new HashSet<>(leftOut);
            nodes.forEach(node -> labels.add(node.label()));
            return labels;
        }
    }

    private final OpenApiDocument document;
    private final Cast cast;

    Baseline(OpenApiDocument document, Cast cast) {
        this.document = document;
        this.cast = cast;
    }

    RequestDraft draft(ApiOperation operation) {
        Map<String, String> segments = new LinkedHashMap<>();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (ApiOperation.Param param : operation.params()) {
            JsonNode schema = document.resolve(param.schema());
            switch (param.in()) {
                case "path" -> segments.put(param.name(), encode(String.valueOf(scalar(param.name(), schema, false))));
                case "query" -> query.add(Map.entry(param.name(), encode(String.valueOf(scalar(param.name(), schema, false)))));
                case "header" -> {
                    if (!param.name().equals(ApiOperation.CONSISTENCY_TOKEN)) {
                        headers.put(param.name(), String.valueOf(scalar(param.name(), schema, false)));
                    }
                }
                default -> { }
            }
        }
        RequestDraft draft = new RequestDraft(operation, segments, query, headers, null, null);
        if (operation.takesJson()) {
            return draft.withBody(body(operation).root().toString(), "application/json");
        }
        return operation.takesText() ? draft.withBody("reference,amount\n" + cast.owners().payOrderId() + ",1.00\n", operation.bodyMediaType()) : draft;
    }

    /** What a walk through a body's schema has found so far, for the operation it walks for. */
    private record Walk(String operation, List<Node> nodes, Set<String> leftOut) {
    }

    Body body(ApiOperation operation) {
        List<Node> nodes = new ArrayList<>();
        Set<String> leftOut = new HashSet<>();
        JsonNode root = node(List.of(), "", operation.bodySchema(), true, new Walk(operation.id(), nodes, leftOut), 0);
        if (!root.isContainerNode()) {
            root = NODES.objectNode().put("reference", cast.owners().payOrderId());
            nodes.clear();
            nodes.add(new Node(List.of(), "", NODES.objectNode(), "object", true));
            nodes.add(new Node(List.of("reference"), "reference", NODES.objectNode().put("type", "string"), "string", false));
        }
        return new Body(root, nodes, leftOut);
    }

    private JsonNode node(List<Object> path, String name, JsonNode declared, boolean required, Walk walk, int depth) {
        String ref = OpenApiDocument.refName(declared);
        JsonNode schema = "Money".equals(ref) ? money() : document.resolve(declared);
        String type = typeOf(schema);
        Node node = new Node(path, name, schema, type, required);
        walk.nodes().add(node);
        if (type.equals("object")) {
            ObjectNode object = NODES.objectNode();
            if (depth >= MAX_DEPTH) {
                return object;
            }
            List<String> requiredNames = new ArrayList<>();
            schema.path("required").forEach(field -> requiredNames.add(field.asText()));
            schema.path("properties").fields().forEachRemaining(property -> {
                List<Object> child = new ArrayList<>(path);
                child.add(property.getKey());
                if (LEFT_OUT.contains(ref + "." + property.getKey())) {
                    walk.leftOut().add(new Node(child, property.getKey(), null, "string", false).label());
                } else {
                    object.set(property.getKey(), node(List.copyOf(child), property.getKey(), property.getValue(),
                            requiredNames.contains(property.getKey()), walk, depth + 1));
                }
            });
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            List<Object> child = new ArrayList<>(path);
            child.add(0);
            array.add(node(List.copyOf(child), name, schema.path("items"), true, walk, depth + 1));
            return array;
        }
        Object value = FreshIds.names(walk.operation(), node.label()) ? FreshIds.value(cast, schema) : scalar(name, schema, true);
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        } else if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        } else if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        return NODES.textNode(String.valueOf(value));
    }

    /** A plausible value for a scalar of this name and schema (a String, a number or a Boolean). */
    Object scalar(String name, JsonNode schema, boolean inBody) {
        String type = typeOf(schema);
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asText();
        }
        switch (type) {
            case "integer":
                return integer(name, schema);
            case "number":
                return name.equals("maxPrice") ? new BigDecimal("1000.00") : name.equals("deposit") ? new BigDecimal("0.50")
                        : new BigDecimal("1.00");
            case "boolean":
                return Boolean.FALSE;
            default:
                return text(name, schema, inBody);
        }
    }

    private long integer(String name, JsonNode schema) {
        if (name.equals("page")) {
            return 0;
        }
        if (name.equals("upToGlobalIndex")) {
            return 1;
        }
        long value = name.equals("size") || name.equals("limit") ? 10 : 1;
        value = Math.max(value, schema.path("minimum").asLong(value));
        return schema.has("maximum") ? Math.min(value, schema.path("maximum").asLong()) : value;
    }

    private String text(String name, JsonNode schema, boolean inBody) {
        String format = schema.path("format").asText("");
        boolean dateTime = format.equals("date-time") || (!inBody && Set.of("from", "to", "at", "until").contains(name));
        if (dateTime) {
            boolean start = name.toLowerCase().endsWith("from");
            return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(start ? -1 : 1, ChronoUnit.DAYS).toString();
        }
        if (format.equals("date")) {
            return LocalDate.now(ZoneOffset.UTC).toString();
        }
        String known = cast.value(name, inBody);
        if (known != null) {
            return known;
        }
        String pattern = schema.path("pattern").asText("");
        if (pattern.equals("\\d{19}")) {
            return cast.owners().paidOrderId();
        } else if (pattern.equals("[A-Z]{3}")) {
            return "CNY";
        } else if (pattern.contains("|")) {
            return pattern.substring(0, pattern.indexOf('|'));
        } else if (pattern.startsWith("\\+?")) {
            return "+86 139 0000 0000";
        } else if (pattern.equals("\\d{6}")) {
            return "123456";
        } else if (!pattern.isEmpty()) {
            return "fz-" + cast.runKey();
        }
        return name.equals("prefix") ? "fu" : "fuzz";
    }

    static String typeOf(JsonNode schema) {
        String type = schema.path("type").asText("");
        if (!type.isEmpty()) {
            return type;
        }
        return schema.has("properties") || schema.has("additionalProperties") ? "object" : schema.has("items") ? "array" : "string";
    }

    /** Money as clients send it: {@code {"amount": 1.00, "currency": "CNY"}}, whatever the document says of it. */
    private static JsonNode money() {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        schema.putObject("properties").<ObjectNode>set("amount", NODES.objectNode().put("type", "number"))
                .set("currency", NODES.objectNode().put("type", "string").put("pattern", "[A-Z]{3}"));
        schema.putArray("required").add("amount").add("currency");
        return schema;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
