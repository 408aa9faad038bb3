package dev.orderledger.app.guard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.guard.Baseline.Node;
import dev.orderledger.app.guard.JsonSplice.Edit;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Spoils a JSON body one node at a time: wrong types, missing required fields, numbers out of bounds
 * and fractions for integers, numbers for enums, control characters and unpaired surrogates in every
 * string, extreme dates and durations, oversized strings and lists, another currency, foreign ids;
 * and the body as a whole: a duplicate key with another type in every object, trailing content, an
 * empty body, another media type. Where a class has several variants the seeded random picks one.
 */
final class BodyMutations {

    private static final String INVALID_UTF8 = "\uE000";
    private static final BigDecimal HUGE = new BigDecimal("1e15");
    private static final List<String> OTHER_CONTROLS = List.of("\\u0001", "\\u001b", "\\u001f", "\\u007f", "\\udc00x", INVALID_UTF8);
    private static final List<String> TRAILING = List.of(" {\"x\":1}", "]", " x", "{}", ",", " null");
    private static final List<String> HUGE_INTEGERS = List.of("2147483648", "9223372036854775808", "-9223372036854775809", "1e20", "-1", "0");
    private static final List<String> ODD_NUMBERS = List.of("-0.01", "0", "0.001", "1e-20", "-1e20", "123456789012345678901234567890.5");
    private static final List<String> EXTREME_DATES = List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "+1000000000-01-01T00:00:00Z", "2024-02-30T00:00:00Z");
    private static final List<String> EXTREME_DURATIONS = List.of("PT0S", "-PT1H", "P999999999D", "PT-5M");
    private static final List<String> CURRENCIES = List.of("USD", "XXX", "cny", "EURO");

    private final Cast cast;
    private final Random random;

    BodyMutations(Cast cast, Random random) {
        this.cast = cast;
        this.random = random;
    }

    List<BadRequest> of(RequestDraft draft, Baseline.Body body) {
        List<BadRequest> bad = new ArrayList<>();
        JsonNode root = body.root();
        String text = root.toString();
        bad.add(json(draft, text + pick(TRAILING), "trailing-content", "text after the document", true));
        bad.add(draft.withBody("", "application/json").spoiled("malformed-json", "empty body", draft.operation().bodyRequired()));
        bad.add(draft.withBody(text.substring(0, text.length() / 2), "application/json").spoiled("malformed-json", "cut in half", true));
        bad.add(draft.withBody(text, "text/plain").spoiled("media-type", "text/plain", true));
        for (Node node : body.nodes()) {
            if (node.type().equals("object")) {
                duplicateKey(draft, root, node, bad);
            }
            if (node.required() && !node.path().isEmpty() && !(node.path().get(node.path().size() - 1) instanceof Integer)) {
                bad.add(edit(draft, root, node, Edit.REMOVE, "", "missing-required", true));
            }
            if (node.path().isEmpty()) {
                continue;
            }
            if (node.type().equals("array")) {
                bad.add(replace(draft, root, node, "{\"x\":1}", "wrong-type", true));
                JsonNode item = nodeAt(root, node.path()).path(0);
                int copies = item.isContainerNode() ? 1_001 : 10_000;
                bad.add(replace(draft, root, node, "[" + (item + ",").repeat(copies - 1) + item + "]", "oversized",
                        node.schema().path("maxItems").asInt(Integer.MAX_VALUE) < copies));
            } else if (node.type().equals("object")) {
                bad.add(replace(draft, root, node, "[1,2]", "wrong-type", true));
            } else {
                leaf(draft, root, node, bad);
            }
        }
        return bad;
    }

    /** A body that is text, not JSON (a gateway statement): NUL, bytes that are not UTF-8, a line of a megabyte, JSON instead. */
    List<BadRequest> ofText(RequestDraft draft) {
        String mediaType = draft.contentType();
        return List.of(
                draft.withBody("reference,amount\nx\u0000y,1.00\n", mediaType).spoiled("control-chars", "NUL in a line", false),
                draft.withBody(bytes("reference,amount\nx" + INVALID_UTF8 + ",1.00\n"), mediaType).spoiled("control-chars", "not UTF-8", false),
                draft.withBody("a,".repeat(500_000), mediaType).spoiled("oversized", "a line of a megabyte", false),
                draft.withBody("{}", "application/json").spoiled("media-type", "application/json", true));
    }

    private void leaf(RequestDraft draft, JsonNode root, Node node, List<BadRequest> bad) {
        JsonNode schema = node.schema();
        switch (node.type()) {
            case "integer" -> {
                bad.add(replace(draft, root, node, pick(List.of("\"abc\"", "{\"x\":[1]}", "[1]")), "wrong-type", true));
                bad.add(replace(draft, root, node, "1.5", "bounds", true));
                String huge = pick(HUGE_INTEGERS);
                bad.add(replace(draft, root, node, huge, "bounds", outOfRange(huge, schema, true)));
            }
            case "number" -> {
                bad.add(replace(draft, root, node, pick(List.of("\"abc\"", "{\"x\":[1]}", "[1]", "true")), "wrong-type", true));
                bad.add(replace(draft, root, node, "1e20", "bounds", true));
                String odd = pick(ODD_NUMBERS);
                bad.add(replace(draft, root, node, odd, "bounds", outOfRange(odd, schema, false)
                        || (isMoney(node) && new BigDecimal(odd).scale() > 2)));
            }
            case "boolean" -> bad.add(replace(draft, root, node, pick(List.of("\"maybe\"", "{}", "[true]")), "wrong-type", true));
            default -> text(draft, root, node, bad);
        }
        for (String foreign : cast.foreignIds(node.name())) {
            bad.add(replace(draft, root, node, JsonSplice.quote(foreign), "foreign-id", false));
        }
    }

    private void text(RequestDraft draft, JsonNode root, Node node, List<BadRequest> bad) {
        JsonNode schema = node.schema();
        bad.add(replace(draft, root, node, pick(List.of("{\"x\":[1]}", "[\"a\"]")), "wrong-type", true));
        if (schema.has("enum")) {
            bad.add(replace(draft, root, node, "0", "enum-number", true));
            bad.add(replace(draft, root, node, "\"NO_SUCH_VALUE\"", "enum-number", true));
            return;
        }
        bad.add(replace(draft, root, node, "\"a\\u0000b\"", "control-chars", true));
        String other = pick(OTHER_CONTROLS);
        bad.add(replace(draft, root, node, "\"a" + other + "b\"", "control-chars", !other.equals("\\u007f")));
        int length = 20_000;
        bad.add(replace(draft, root, node, "\"" + "x".repeat(length) + "\"", "oversized",
                schema.path("maxLength").asInt(Integer.MAX_VALUE) < length || schema.has("pattern") || schema.has("format")));
        String format = schema.path("format").asText("");
        if (format.equals("date-time") || format.equals("date")) {
            String date = pick(EXTREME_DATES);
            bad.add(replace(draft, root, node, JsonSplice.quote(format.equals("date") ? date.substring(0, date.indexOf('T')) : date),
                    "extreme-date", true));
        } else if (node.name().equals("holdFor")) {
            bad.add(replace(draft, root, node, "\"P106751991167300D\"", "extreme-date", true));
            bad.add(replace(draft, root, node, JsonSplice.quote(pick(EXTREME_DURATIONS)), "extreme-date", true));
        } else if (node.name().equals("currency")) {
            bad.add(replace(draft, root, node, JsonSplice.quote(pick(CURRENCIES)), "currency", false));
        }
    }

    private void duplicateKey(RequestDraft draft, JsonNode root, Node object, List<BadRequest> bad) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = nodeAt(root, object.path()).fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        if (keys.isEmpty()) {
            return;
        }
        List<Object> path = new ArrayList<>(object.path());
        path.add(pick(keys));
        JsonNode first = nodeAt(root, path);
        String second = first.isTextual() ? "{\"x\":[1]}" : first.isContainerNode() ? "\"x\"" : "\"second\"";
        String text = JsonSplice.write(root, path, Edit.DUPLICATE, second);
        bad.add(json(draft, text, "duplicate-key", labelOf(path) + " twice, then " + second, true));
    }

    private BadRequest replace(RequestDraft draft, JsonNode root, Node node, String raw, String generator, boolean mustRefuse) {
        return edit(draft, root, node, Edit.REPLACE, raw, generator, mustRefuse);
    }

    private BadRequest edit(RequestDraft draft, JsonNode root, Node node, Edit edit, String raw, String generator, boolean mustRefuse) {
        String text = JsonSplice.write(root, node.path(), edit, raw);
        return json(draft, text, generator, node.label() + (edit == Edit.REMOVE ? " left out" : " = " + shorten(raw)), mustRefuse);
    }

    private static BadRequest json(RequestDraft draft, String text, String generator, String what, boolean mustRefuse) {
        return draft.withBody(bytes(text), "application/json").spoiled(generator, what, mustRefuse);
    }

    /** UTF-8, except that each {@link #INVALID_UTF8} marker becomes a byte sequence that is not UTF-8 at all. */
    private static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = text.split(INVALID_UTF8, -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                out.writeBytes(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            }
        }
        return out.toByteArray();
    }

    /**
     * Whether a number lies outside the schema's range, or (for integers) is no integer of the schema's
     * format, or (for decimals) reaches {@link #HUGE}: no price, amount or rate of the ledger is that large.
     */
    static boolean outOfRange(String number, JsonNode schema, boolean integer) {
        BigDecimal value = new BigDecimal(number);
        if (!integer && value.abs().compareTo(HUGE) >= 0) {
            return true;
        }
        if (integer) {
            boolean int32 = schema.path("format").asText("").equals("int32");
            BigDecimal limit = BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
            if (value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(limit) > 0) {
                return true;
            }
        }
        return (schema.has("minimum") && value.compareTo(schema.path("minimum").decimalValue()) < 0)
                || (schema.has("maximum") && value.compareTo(schema.path("maximum").decimalValue()) > 0);
    }

    private static boolean isMoney(Node node) {
        return node.name().equals("amount") || node.name().equals("price") || node.name().equals("deposit");
    }

    private static JsonNode nodeAt(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    private static String labelOf(List<Object> path) {
        return new Node(path, "", null, "object", false).label();
    }

    private <T> T pick(List<T> options) {
        return pick(random, options);
    }

    /** One of the options, drawn from the operation's seeded random. */
    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A long value cut for the report, with its length. */
    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + " chars)" : value;
    }
}
