package dev.orderledger.app.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names what is at fault in a bad request that is not about the body's fields: a parameter, path
 * variable or header by the name the client used, else the part of the request ({@link Problems#PATH},
 * {@link Problems#WHOLE_BODY}...).
 */
final class RequestErrors {

    /** How Spring Security's firewall names a header or parameter it refused. */
    private static final Pattern REJECTED_NAME = Pattern.compile("(header|parameter)(?: name)?:? \"([^\"]*)\"");

    private RequestErrors() {
    }

    /** The name the client gave a handler method parameter: the variable, parameter or header name. */
    static String nameOf(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.name().isEmpty()) {
            return query.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    static String wrongFormat(Class<?> required) {
        return required == null ? "has the wrong format" : "has the wrong format (expected " + required.getSimpleName() + ")";
    }

    /** The error entry of a 400 that Spring's own handling produced. */
    static Map<String, String> errorOf(Exception failure, String detail) {
        String message = detail == null ? "is invalid" : detail;
        if (failure instanceof MissingServletRequestParameterException missing) {
            return Problems.error(missing.getParameterName(), "is required");
        }
        if (failure instanceof MissingRequestHeaderException missing) {
            return Problems.error(missing.getHeaderName(), "is required");
        }
        if (failure instanceof MissingPathVariableException missing) {
            return Problems.error(missing.getVariableName(), "is required");
        }
        if (failure instanceof MissingServletRequestPartException missing) {
            return Problems.error(missing.getRequestPartName(), "is required");
        }
        if (failure instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return Problems.error(mismatch.getPropertyName(), wrongFormat(mismatch.getRequiredType()));
        }
        if (failure instanceof RequestRejectedException rejected) {
            return rejectedError(rejected);
        }
        return Problems.error(Problems.WHOLE_BODY, message);
    }

    /** A request Spring Security's firewall refused (a path trick, a control character in a header...). */
    static ProblemDetail rejected(RequestRejectedException rejected) {
        return Problems.malformed("the request was refused: " + rejected.getMessage(), List.of(rejectedError(rejected)));
    }

    private static Map<String, String> rejectedError(RequestRejectedException rejected) {
        String reason = String.valueOf(rejected.getMessage());
        Matcher named = REJECTED_NAME.matcher(reason);
        if (named.find()) {
            return Problems.error(named.group(2).strip(), "has characters that are not allowed");
        }
        if (reason.contains("HTTP method")) {
            return Problems.error("method", "is not an HTTP method the ledger serves");
        }
        return Problems.error(Problems.PATH, "must be a plain path of printable ASCII, without '..', '//', ';', "
                + "a backslash or an encoded separator");
    }
}
