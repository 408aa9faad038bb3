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

/**
 * Builds RFC 9457 problem details the same way everywhere: a type URI per kind of problem, the
 * correlation id of the request, and JSON written directly where no controller is involved.
 */
@Component
public class Problems {

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
