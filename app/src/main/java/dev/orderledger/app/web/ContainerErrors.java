package dev.orderledger.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;
import java.util.List;

/**
 * Problem details, instead of Spring Boot's error JSON, for whatever the servlet container sends to
 * {@code /error}: a status set with {@code sendError} outside any controller, an exception that
 * escaped a filter. (What Tomcat and the firewall refuse is answered as {@link ContainerProblems} sets up.)
 */
@Controller
class ContainerErrors implements ErrorController {

    private final Problems problems;

    ContainerErrors(Problems problems) {
        this.problems = problems;
    }

    /** The container's error dispatch: a problem for the status it carries. */
    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.value() < 400) {
            // asked for directly, not an error dispatch: there is nothing at this path
            status = HttpStatus.NOT_FOUND;
        }
        problems.write(response, problemFor(status, request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)));
    }

    private static ProblemDetail problemFor(HttpStatus status, Object failure) {
        if (failure instanceof RequestRejectedException rejected) {
            return RequestErrors.rejected(rejected);
        }
        if (status == HttpStatus.BAD_REQUEST) {
            return Problems.malformed("the request could not be read",
                    List.of(Problems.error(Problems.PATH, "is not a request the ledger can read")));
        }
        if (status == HttpStatus.NOT_FOUND) {
            return Problems.of(status, "not-found", "no such resource");
        }
        String type = status.is5xxServerError() ? "internal" : "http";
        return Problems.of(status, type, status.getReasonPhrase());
    }
}
