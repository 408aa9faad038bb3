package dev.orderledger.app.guard;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Spoils everything but the body: path segments (%00, %zz, an encoded slash, a 10,000-digit id, path
 * tricks, another format, foreign ids, dates at the calendar's limits), query parameters (wrong
 * types, bounds, control characters, sizes, numbers for enums, repeated names, foreign ids), header
 * parameters, an oversized header, and bad consistency tokens on the reads that take one.
 */
final class EnvelopeMutations {

    /** A token far beyond the store's head, on admin reads, for the callers who may not read them: refused at once, never a wait and a 503. */
    static final String BEYOND_HEAD = "consistency-token-beyond-head";
    static final String PADDING_HEADER = "X-Fuzz-Padding";

    private static final List<String> PATH_ALWAYS = List.of("%00", "%zz", "a%2Fb", "1".repeat(10_000));
    private static final List<String> PATH_TRICKS = List.of("..", "%2e%2e", "x;a=b", "%C0%AE", "%ED%A0%80", "a%0D%0AX-Injected:%201",
            "a b", "", "%u0000", "%%30%30");
    private static final List<String> WHOLE_PATH_TRICKS = List.of("/%00", "//", ";x=1", "/..", "%2F", "/%zz");
    private static final List<String> QUERY_CONTROLS = List.of("%01", "%1B", "%7F", "%ED%A0%80", "%C3%28", "%FF");
    private static final List<String> QUERY_INTEGERS = List.of("-1", "0", "99999999999999999999", "1.5", "1e3", "2147483648", "1000000");
    private static final List<String> QUERY_NUMBERS = List.of("-1", "NaN", "Infinity", "0.001", "1e-400", "1e400");
    private static final List<String> LATE_DATES = List.of("%2B999999999-12-31T23:59:59Z", "%2B1000000000-01-01T00:00:00Z", "%2B999999999-12-31");
    private static final List<String> EARLY_DATES = List.of("-999999999-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "-999999999-01-01");
    private static final List<Integer> HEADER_SIZES = List.of(9 * 1024, 20 * 1024, 70 * 1024);
    private static final Set<String> DATE_TIME_NAMES = Set.of("from", "to", "at", "until");

    private final Cast cast;
    private final Random random;

    EnvelopeMutations(Cast cast, Random random) {
        this.cast = cast;
        this.random = random;
    }

    List<BadRequest> of(RequestDraft draft, OpenApiDocument document) {
        List<BadRequest> bad = new ArrayList<>();
        ApiOperation operation = draft.operation();
        for (ApiOperation.Param param : operation.in("path")) {
            path(draft, param.name(), document.resolve(param.schema()), bad);
        }
        if (operation.in("path").isEmpty()) {
            String trick = pick(WHOLE_PATH_TRICKS);
            BadRequest plain = draft.spoiled("path-encoding", "path + " + trick, true).overRawSocket();
            bad.add(plain.withTarget(trick.equals("//") ? "/" + plain.target() : insertBeforeQuery(plain.target(), trick)));
        }
        for (ApiOperation.Param param : operation.in("query")) {
            query(draft, param.name(), document.resolve(param.schema()), bad);
        }
        for (ApiOperation.Param param : operation.in("header")) {
            if (!param.name().equals(ApiOperation.CONSISTENCY_TOKEN)) {
                String value = pick(List.of("abc", "9999999999999999999", "-1", "a\u0000b", "x".repeat(10_000)));
                bad.add(draft.withHeader(param.name(), value)
                        .spoiled("header", param.name() + " = " + BodyMutations.shorten(value), false).overRawSocket());
            }
        }
        int size = pick(HEADER_SIZES);
        bad.add(draft.withHeader(PADDING_HEADER, "p".repeat(size)).spoiled("oversized-header", size + " bytes", true).overRawSocket());
        if (operation.readsWithConsistencyToken()) {
            for (String token : List.of("9999999999999999999", "-1", "abc")) {
                bad.add(draft.withHeader(ApiOperation.CONSISTENCY_TOKEN, token).spoiled("consistency-token", "header " + token, true));
            }
            bad.add(draft.withQuery("consistentWith", "9999999999999999999").spoiled("consistency-token", "consistentWith", true));
            if (Caller.ownerOf(operation) == Caller.Role.ADMIN) {
                bad.add(draft.withHeader(ApiOperation.CONSISTENCY_TOKEN, String.valueOf(Long.MAX_VALUE))
                        .spoiled(BEYOND_HEAD, "header " + Long.MAX_VALUE, false));
            }
        }
        return bad;
    }

    private void path(RequestDraft draft, String name, JsonNode schema, List<BadRequest> bad) {
        for (String segment : PATH_ALWAYS) {
            bad.add(draft.withPathSegment(name, segment)
                    .spoiled("path-encoding", name + " = " + BodyMutations.shorten(segment), true).overRawSocket());
        }
        String trick = pick(PATH_TRICKS);
        bad.add(draft.withPathSegment(name, trick).spoiled("path-encoding", name + " = " + trick, true).overRawSocket());
        boolean constrained = schema.has("pattern") || schema.has("format") || schema.path("type").asText().equals("integer");
        String wrong = schema.path("type").asText().equals("integer") ? "abc" : schema.path("format").asText().equals("date")
                ? "2024-02-30" : schema.path("pattern").asText().equals("\\d{19}") ? "12345" : "bad%21id%7E%27";
        bad.add(draft.withPathSegment(name, wrong).spoiled("wrong-type", name + " = " + wrong, constrained));
        if (schema.path("format").asText().equals("date")) {
            String date = pick(List.of(LATE_DATES.get(2), EARLY_DATES.get(2), "%2B1000000000-01-01"));
            bad.add(draft.withPathSegment(name, date).spoiled("extreme-date", name + " = " + date, true));
        }
        for (String foreign : cast.foreignIds(name)) {
            bad.add(draft.withPathSegment(name, Baseline.encode(foreign)).spoiled("foreign-id", name + " = " + foreign, false));
        }
    }

    private void query(RequestDraft draft, String name, JsonNode schema, List<BadRequest> bad) {
        String type = Baseline.typeOf(schema);
        boolean dateTime = schema.path("format").asText().equals("date-time") || DATE_TIME_NAMES.contains(name);
        boolean constrained = !type.equals("array")
                && (!type.equals("string") || schema.has("pattern") || schema.has("enum") || dateTime);
        if (constrained) {
            String wrong = dateTime ? "yesterday" : type.equals("boolean") ? "maybe" : "abc%21";
            bad.add(draft.withQuery(name, wrong).spoiled("wrong-type", name + " = " + wrong, true));
        }
        if (type.equals("integer")) {
            if (name.equals("page")) {
                bad.add(draft.withQuery(name, "2147483647").spoiled("bounds", "page = 2147483647", true));
            }
            String value = pick(QUERY_INTEGERS);
            bad.add(draft.withQuery(name, value).spoiled("bounds", name + " = " + value, BodyMutations.outOfRange(value, schema, true)));
        } else if (type.equals("number")) {
            bad.add(draft.withQuery(name, "1e20").spoiled("bounds", name + " = 1e20", schema.has("maximum")));
            String value = pick(QUERY_NUMBERS);
            boolean refuse = !value.matches("-?[0-9.]+") || BodyMutations.outOfRange(value, schema, false);
            bad.add(draft.withQuery(name, value).spoiled("bounds", name + " = " + value, refuse));
        } else if (schema.has("enum")) {
            bad.add(draft.withQuery(name, "0").spoiled("enum-number", name + " = 0", true));
        } else if (dateTime) {
            for (String date : List.of(pick(LATE_DATES), pick(EARLY_DATES))) {
                bad.add(draft.withQuery(name, date).spoiled("extreme-date", name + " = " + date, true));
            }
        }
        if (!type.equals("integer") && !type.equals("number") && !type.equals("boolean")) {
            bad.add(draft.withQuery(name, "a%00b").spoiled("control-chars", name + " = a%00b", constrained));
            String other = pick(QUERY_CONTROLS);
            bad.add(draft.withQuery(name, "a" + other + "b").spoiled("control-chars", name + " = a" + other + "b", constrained));
            int maxLength = schema.path("maxLength").asInt(schema.path("items").path("maxLength").asInt(Integer.MAX_VALUE));
            bad.add(draft.withQuery(name, "x".repeat(2_000)).spoiled("oversized", name + " = 2000 chars", maxLength < 2_000 || constrained));
        }
        bad.add(draft.withExtraQuery(name, "%7B%7D").spoiled("duplicate-key", name + " twice, then {}", false));
        for (String foreign : dateTime ? List.<String>of() : cast.foreignIds(name)) {
            bad.add(draft.withQuery(name, Baseline.encode(foreign)).spoiled("foreign-id", name + " = " + foreign, false));
        }
    }

    private static String insertBeforeQuery(String target, String insert) {
        int query = target.indexOf('?');
        return query < 0 ? target + insert : target.substring(0, query) + insert + target.substring(query);
    }

    private <T> T pick(List<T> options) {
        return BodyMutations.pick(random, options);
    }
}
