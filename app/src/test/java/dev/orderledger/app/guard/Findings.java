package dev.orderledger.app.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the run saw, safe to fill from several threads: answers counted by status class, caller
 * and generator class, and the findings grouped by operation, generator class, status and kind, each
 * group with its count and its first example.
 */
final class Findings {

    private record Group(String operation, String generator, int status, String kind) implements Comparable<Group> {
        @Override
        public int compareTo(Group other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return operation + " | " + generator + " | " + (status == 0 ? "none" : status) + " | " + kind;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, AtomicLong> statusClasses = new TreeMap<>();
    private final Map<String, AtomicLong> callers = new TreeMap<>();
    private final Map<String, AtomicLong> generators = new TreeMap<>();
    private final Map<Group, AtomicLong> groups = new TreeMap<>();
    private final Map<Group, String> examples = new TreeMap<>();
    private final StringBuilder trace;
    private long sent;
    private long findings;

    /** With {@code traced}, every request and its answer is kept for {@link #trace()}. */
    Findings(boolean traced) {
        trace = traced ? new StringBuilder() : null;
    }

    synchronized void record(BadRequest request, Caller caller, Wire.Answer answer, Iterable<String> kinds) {
        sent++;
        int status = answer.status();
        count(statusClasses, status == 0 ? "none" : status / 100 + "xx");
        count(callers, caller.name());
        count(generators, request.generator());
        if (trace != null) {
            trace.append(printable(request.operation() + " | " + request.generator() + " | " + caller + " " + request.what()
                    + " -> " + excerpt(answer) + " " + kinds)).append('\n');
        }
        for (String kind : kinds) {
            findings++;
            Group group = new Group(request.operation(), request.generator(), status, kind);
            count(groups, group);
            examples.putIfAbsent(group, printable(caller + " " + request.what() + " -> " + excerpt(answer)));
        }
    }

    synchronized long sent() {
        return sent;
    }

    synchronized boolean clean() {
        return groups.isEmpty();
    }

    /** The counts for the log: requests, answers per status class, per caller and per generator class. */
    synchronized String counts() {
        return "requests sent: " + sent + "\nanswers by status class: " + statusClasses + "\nrequests by caller: " + callers
                + "\nrequests by generator class: " + generators + "\nfindings: " + findings + " in " + groups.size() + " groups";
    }

    /** One line per group: operation | generator class | status | kind: count, then its first example. */
    synchronized String report() {
        StringBuilder text = new StringBuilder();
        groups.forEach((group, count) -> text.append(group).append(": ").append(count).append("\n    e.g. ")
                .append(examples.get(group)).append('\n'));
        return text.toString();
    }

    synchronized String trace() {
        return trace == null ? "" : trace.toString();
    }

    private static <K> void count(Map<K, AtomicLong> counts, K key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** The answer in short: a problem detail by its type, detail and errors; anything else by its first characters. */
    private static String excerpt(Wire.Answer answer) {
        try {
            JsonNode problem = answer.contentType().contains("json") ? JSON.readTree(answer.body()) : null;
            if (problem != null && problem.has("type")) {
                String type = problem.path("type").asText();
                String mediaType = answer.contentType().startsWith("application/problem+json") ? "" : " (" + answer.contentType() + ")";
                return answer.status() + mediaType + " " + type.substring(type.lastIndexOf('/') + 1) + ": " + problem.path("detail").asText()
                        + (problem.has("errors") ? " errors=" + problem.path("errors") : "");
            }
        } catch (IOException notJson) {
            // shown as text below
        }
        String body = answer.body().replaceAll("\\s+", " ");
        return answer.status() + " " + answer.contentType() + " " + (body.length() > 240 ? body.substring(0, 240) + "..." : body);
    }

    /** Control characters and lone surrogates written as escapes, so that the report stays text. */
    private static String printable(String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(c -> printable.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return printable.toString();
    }
}
