package dev.orderledger.app.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a generated request over real HTTP: through {@link HttpClient} when it accepts the request,
 * and as bytes written to a socket of its own when the client refuses it (an invalid
 * percent-encoding, a control character in a header), when a header is too large, or when the
 * request is one the container itself must turn away (then the connection it closes is no pooled one).
 */
final class Wire {

    /** What came back; status 0 when the connection closed without an answer. */
    record Answer(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private static final int RAW_HEADER_SIZE = 8 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    Wire(int port) {
        this.port = port;
    }

    Answer send(BadRequest request, String token) throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (request.body() != null) {
            headers.put("Content-Type", request.contentType());
        }
        HttpRequest built = request.rawSocket() || headers.values().stream().anyMatch(value -> value.length() > RAW_HEADER_SIZE)
                ? null : build(request, headers);
        if (built == null) {
            return raw(request, headers);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException staleConnection) {
            // a pooled connection the server had closed after an earlier refusal: once more, on a connection of its own
            return raw(request, headers);
        }
        Map<String, String> answerHeaders = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> answerHeaders.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        try (InputStream body = response.body()) {
            // a stream (server-sent events) that was opened is an answer; it ends only when the order does
            String text = answerHeaders.getOrDefault("content-type", "").startsWith("text/event-stream") ? ""
                    : new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), answerHeaders, text);
        }
    }

    private HttpRequest build(BadRequest request, Map<String, String> headers) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.target())).timeout(TIMEOUT);
            headers.forEach(builder::header);
            return builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body())).build();
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    private Answer raw(BadRequest request, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((request.method() + " " + request.target() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
            headers.forEach((name, value) -> head.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
            byte[] body = request.body() == null ? new byte[0] : request.body();
            if (request.body() != null) {
                head.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.toByteArray());
                out.write(body);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // the server may answer and close before it has read everything; its answer is still there to read
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, read);
            }
        } catch (IOException reset) {
            // a reset after the answer: keep what arrived
        }
        return all.toByteArray();
    }

    static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Answer(0, Map.of(), text);
        }
        List<String> lines = List.of(text.substring(0, end).split("\r\n"));
        int status = Integer.parseInt(lines.get(0).split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        byte[] rest = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            rest = dechunk(rest);
        }
        return new Answer(status, headers, new String(rest, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrlf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            body.write(chunked, start, Math.min(size, chunked.length - start));
            at = start + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
