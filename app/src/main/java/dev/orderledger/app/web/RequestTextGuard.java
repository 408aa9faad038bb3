package dev.orderledger.app.web;

import dev.orderledger.api.common.SafeText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Holds the text of the request line and headers to {@link SafeText} before a handler runs: every
 * query parameter (name and value, decoded from the raw query so that a bad percent-encoding is a 400
 * too, not a parameter silently dropped), every path variable and every header value are one line of
 * acceptable characters. A refusal is an {@link InvalidInput} naming each parameter, variable or
 * header at fault.
 */
class RequestTextGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<Map<String, String>> errors = new ArrayList<>();
        checkQuery(request.getQueryString(), errors);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null) {
            variables.forEach((name, value) -> check(name, value, errors));
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                check(name, value, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return true;
    }

    private static void checkQuery(String query, List<Map<String, String>> errors) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            try {
                String name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
                String nameRefusal = SafeText.refusal(name, false);
                if (nameRefusal != null) {
                    errors.add(Problems.error(Problems.QUERY, "a parameter name " + nameRefusal));
                } else if (equals >= 0) {
                    check(name, URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8), errors);
                }
            } catch (IllegalArgumentException badEncoding) {
                errors.add(Problems.error(rawName.isEmpty() ? Problems.QUERY : rawName, "is not validly percent-encoded"));
            }
        }
    }

    private static void check(String field, String value, List<Map<String, String>> errors) {
        String refusal = value == null ? null : SafeText.refusal(value, false);
        if (refusal != null) {
            errors.add(Problems.error(field, refusal));
        }
    }
}
