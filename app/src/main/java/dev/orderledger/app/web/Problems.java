package dev.orderledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.common.MetaDataKeys;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 9457 problem details the same way everywhere: a type URI per kind of problem, the
 * correlation id of the request, and JSON written directly where no controller is involved. A 400
 * always lists what is at fault in {@code errors}: {@code {"field", "message"}} where the field is
 * the JSON path the client sent, a query parameter's, path variable's or header's name, or one of
 * the request's parts ({@value #WHOLE_BODY}, {@value #PATH}, {@value #QUERY}, {@value #HEADERS}).
 */
@Component
public class Problems {

    /** The field of an error about the request body as a whole (its JSON root). */
    public static final String WHOLE_BODY = "$";
    /** The field of an error about the request's path as a whole, before any path variable is known. */
    public static final String PATH = "path";
    /** The field of an error about the query string as a whole. */
    public static final String QUERY = "query";
    /** The field of an error about the request's headers as a whole (too large, unreadable). */
    public static final String HEADERS = "headers";

    private static final String TYPE_BASE = "https://order-ledger.dev/problems/";

    private final ObjectMapper json;

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(status.getReasonPhrase());
        String correlationId = MDC.get(MetaDataKeys.CORRELATION_ID);
        if (correlationId != null) {
            problem.setProperty(MetaDataKeys.CORRELATION_ID, correlationId);
        }
        return problem;
    }

    /** One entry of a 400's {@code errors}. */
    public static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** 400: values that were read but fail a check. */
    public static ProblemDetail invalid(String detail, List<Map<String, String>> errors) {
        return badRequest("validation", detail, errors);
    }

    /** 400: a request that cannot be read as this endpoint's input (syntax, types, encoding). */
    public static ProblemDetail malformed(String detail, List<Map<String, String>> errors) {
        return badRequest("malformed-request", detail, errors);
    }

    private static ProblemDetail badRequest(String type, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, type, detail);
        problem.setProperty("errors", errors.isEmpty() ? List.of(error(WHOLE_BODY, detail)) : errors);
        return problem;
    }

    /** 401: the request carries no valid bearer token. */
    public static ProblemDetail unauthenticated() {
        return of(HttpStatus.UNAUTHORIZED, "unauthenticated", "a valid bearer token is required");
    }

    /** 403: the caller's role does not allow this. */
    public static ProblemDetail forbidden() {
        return of(HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this");
    }

    /** Writes a problem to a response that no controller produced (filters, security). */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
