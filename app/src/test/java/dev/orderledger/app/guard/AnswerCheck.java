package dev.orderledger.app.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with one answer to a generated request, as kinds of finding: no answer at all, a 5xx,
 * a 4xx that is not a problem detail with {@code status} and {@code type}, a 400 without a list of
 * {@code {field, message}} errors, a request that had to be refused but was accepted, another user's
 * data in the answer (not merely an echo of what the caller sent) or the state of another user's
 * record (a 409 with {@code currentState} to a request naming it), a 400 that calls "unknown" a field
 * the OpenAPI document declares (the document and the API disagree, so the generated requests miss
 * what the operation really takes), and a 400 whose error names a field that is neither in the
 * document nor a parameter (a wrong name for the field at fault, or a field the document omits).
 */
final class AnswerCheck {

    static final String NO_ANSWER = "no-answer";
    static final String SERVER_ERROR = "5xx";
    static final String NOT_PROBLEM = "4xx-not-problem-details";
    static final String NO_ERRORS = "400-without-errors";
    static final String ACCEPTED = "accepted-though-invalid";
    static final String LEAK = "foreign-data";
    static final String DOCUMENT = "document-disagrees";
    static final String FIELD = "field-not-in-document";
    /** Refusals of the whole body or of the request line, for which no convention says what {@code field} to name. */
    private static final Set<String> WHOLE_REQUEST = Set.of("malformed-json", "trailing-content", "media-type", "path-encoding",
            "oversized-header");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REQUIRED_IN_DETAIL = Pattern.compile("invalid value at '([^']+)': is required");

    private AnswerCheck() {
    }

    /** The kinds of finding in this answer (empty when it is right), each with a word of detail after a colon. */
    static List<String> findings(BadRequest request, Wire.Answer answer, Set<String> hidden, Set<String> declared) {
        List<String> findings = new ArrayList<>();
        int status = answer.status();
        if (status == 0) {
            findings.add(NO_ANSWER);
            return findings;
        }
        if (status >= 500) {
            findings.add(SERVER_ERROR);
        }
        if (status >= 200 && status < 300 && request.mustRefuse()) {
            findings.add(ACCEPTED);
        }
        if (status >= 400 && status < 500) {
            problemDetails(request, answer, declared, findings);
        }
        String shown = answer.body() + " " + answer.headers().getOrDefault("location", "");
        String sent = request.sentText();
        for (String secret : hidden) {
            if (containsWord(shown, secret) && !sent.contains(secret)) {
                findings.add(LEAK + ": " + (secret.length() > 24 ? secret.substring(0, 24) + "..." : secret));
                break;
            }
        }
        boolean namesForeignRecord = hidden.stream().anyMatch(sent::contains);
        if (status == 409 && namesForeignRecord && answer.body().contains("\"currentState\"")) {
            findings.add(LEAK + ": the state of a record not the caller's");
        }
        return findings;
    }

    private static void problemDetails(BadRequest request, Wire.Answer answer, Set<String> declared, List<String> findings) {
        JsonNode problem;
        try {
            problem = answer.contentType().startsWith("application/problem+json") ? JSON.readTree(answer.body()) : null;
        } catch (IOException notJson) {
            problem = null;
        }
        if (problem == null || problem.path("status").asInt() != answer.status() || problem.path("type").asText("").isBlank()) {
            findings.add(NOT_PROBLEM);
            return;
        }
        if (answer.status() != 400) {
            return;
        }
        JsonNode errors = problem.path("errors");
        boolean listed = errors.isArray() && !errors.isEmpty();
        for (JsonNode error : errors) {
            listed &= error.path("field").isTextual() && !error.path("field").asText().isBlank()
                    && error.path("message").isTextual() && !error.path("message").asText().isBlank();
        }
        if (!listed) {
            findings.add(NO_ERRORS);
        }
        if (problem.path("detail").asText("").startsWith("unknown field")) {
            findings.add(DOCUMENT + ": " + problem.path("detail").asText());
        }
        List<String> named = new ArrayList<>();
        Matcher required = REQUIRED_IN_DETAIL.matcher(problem.path("detail").asText(""));
        if (required.find()) {
            named.add(required.group(1));
        }
        for (JsonNode error : errors) {
            if (error.path("message").asText("").toLowerCase().contains("unknown field")) {
                findings.add(DOCUMENT + ": unknown field '" + error.path("field").asText() + "'");
            } else {
                named.add(error.path("field").asText());
            }
        }
        if (!WHOLE_REQUEST.contains(request.generator())) {
            named.stream().filter(field -> !field.isBlank() && !declared.contains(field.replaceAll("\\[\\d+]", "[0]")))
                    .findFirst()
                    .ifPresent(field -> findings.add(FIELD + ": '" + field + "'"));
        }
    }

    /** Whether the text holds the secret with neither a letter nor a digit right before or after it. */
    static boolean containsWord(String text, String secret) {
        for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
            boolean before = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + secret.length();
            boolean after = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }
}
