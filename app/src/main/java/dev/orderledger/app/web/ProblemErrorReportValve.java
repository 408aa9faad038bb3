package dev.orderledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.common.MetaDataKeys;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tomcat's last word on an error response, as a problem detail instead of its HTML page: what the
 * container refuses before any servlet runs (a request target with {@code %00}, {@code %zz} or an
 * encoded slash, a request line and headers over the size limit, a malformed header, named) and any error
 * status that reached it without a body. It has no request context of the application, so it gives
 * the answer a correlation id of its own.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final int LONGEST_MESSAGE = 200;
    /** How Tomcat names a header line it refused: {@code The HTTP header line [name:value] does not conform ...}. */
    private static final Pattern HEADER_LINE = Pattern.compile("header line \\[([!#$%&'*+.^_`|~0-9A-Za-z-]+):");

    private final ObjectMapper json;

    public ProblemErrorReportValve(ObjectMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        String correlationId = response.getHeader(CorrelationIdFilter.HEADER);
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
            response.setHeader(CorrelationIdFilter.HEADER, correlationId);
        }
        String because = response.getMessage() != null ? response.getMessage()
                : throwable != null ? throwable.getMessage() : null;
        ProblemDetail problem = problemFor(status, because);
        problem.setProperty(MetaDataKeys.CORRELATION_ID, correlationId);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // the client is gone or the response cannot take a body any more: nothing left to tell
        }
    }

    /** The problem for a status Tomcat set, with what is at fault as far as Tomcat's message says. */
    static ProblemDetail problemFor(int status, String containerMessage) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            known = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        String message = containerMessage == null ? "" : containerMessage.toLowerCase(Locale.ROOT);
        String detail = containerMessage == null ? "" : ": " + (containerMessage.length() > LONGEST_MESSAGE
                ? containerMessage.substring(0, LONGEST_MESSAGE) + "…" : containerMessage);
        if (known == HttpStatus.BAD_REQUEST && message.contains("header")) {
            Matcher line = HEADER_LINE.matcher(containerMessage);
            if (line.find()) {
                return Problems.malformed("the header " + headerName(line.group(1)) + " could not be read" + detail,
                        List.of(Problems.error(headerName(line.group(1)), "has characters a header may not have "
                                + "(a control character, a line break)")));
            }
            return Problems.malformed("the request's headers could not be read" + detail,
                    List.of(Problems.error(Problems.HEADERS, "are malformed, or with the request line larger than the "
                            + "server accepts (8 KB)")));
        }
        if (known == HttpStatus.BAD_REQUEST) {
            return Problems.malformed("the request target could not be read" + detail,
                    List.of(Problems.error(Problems.PATH, "is not a valid URI for the ledger: too long, a bad "
                            + "percent-encoding, an encoded slash or backslash, a control character or bytes that are not UTF-8")));
        }
        if (known == HttpStatus.NOT_FOUND) {
            return Problems.of(known, "not-found", "no such resource");
        }
        return Problems.of(known, known.is5xxServerError() ? "internal" : "http", known.getReasonPhrase());
    }

    /** Tomcat has lowercased the name; header names are case-insensitive, so it is given back as usually written. */
    private static String headerName(String lowercased) {
        StringBuilder name = new StringBuilder(lowercased.strip());
        for (int i = 0; i < name.length(); i++) {
            if (i == 0 || name.charAt(i - 1) == '-') {
                name.setCharAt(i, Character.toUpperCase(name.charAt(i)));
            }
        }
        return name.toString();
    }
}
