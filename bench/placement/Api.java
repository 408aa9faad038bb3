package placement;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ledger's HTTP API as the benchmark calls it: JSON in, status + body + three headers out. Given
 * several nodes' base URLs, each request goes to the next node in turn, as behind a load balancer.
 */
final class Api {

    /**
     * An answer; {@code consistencyToken} is the write's X-Consistency-Token, {@code location} its
     * Location, if any; {@code retryAfterSeconds} its Retry-After (a 202, 503 or 429), else 0.
     */
    record Reply(int status, String body, String consistencyToken, String location, long retryAfterSeconds) {
    }

    /** A request that did not get an HTTP answer (connection refused, reset, timed out). */
    static final class NoAnswer extends Exception {
        final String kind;

        NoAnswer(String kind, Throwable cause) {
            super(kind, cause, false, false);
            this.kind = kind;
        }
    }

    private final List<String> bases;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient client;
    private final Duration requestTimeout;

    Api(List<String> bases, Duration requestTimeout) {
        this.bases = List.copyOf(bases);
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Reply post(String path, String token, String json) throws NoAnswer {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply get(String path, String token) throws NoAnswer {
        return send(request(path, token).GET().build());
    }

    /** A read that waits until the read model has seen the write that answered with this consistency token. */
    Reply getConsistentWith(String path, String token, String consistencyToken) throws NoAnswer {
        HttpRequest.Builder b = request(path, token);
        if (consistencyToken != null) {
            b.header("X-Consistency-Token", consistencyToken);
        }
        return send(b.GET().build());
    }

    /** A Location header as a path of this API (an absolute URL loses its scheme and host). */
    static String pathOf(String location, String fallback) {
        if (location == null || location.isBlank()) {
            return fallback;
        }
        if (location.startsWith("/")) {
            return location;
        }
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private HttpRequest.Builder request(String path, String token) {
        String base = bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json, application/problem+json, text/plain");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static long retryAfter(HttpResponse<String> response) {
        try {
            return Long.parseLong(response.headers().firstValue("Retry-After").orElse("0").trim());
        } catch (NumberFormatException notSeconds) {
            return 1;
        }
    }

    private Reply send(HttpRequest request) throws NoAnswer {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("X-Consistency-Token").orElse(null),
                    r.headers().firstValue("Location").orElse(null), retryAfter(r));
        } catch (HttpTimeoutException e) {
            throw new NoAnswer("HTTP request timed out", e);
        } catch (ConnectException e) {
            throw new NoAnswer("connection refused", e);
        } catch (IOException e) {
            throw new NoAnswer("I/O error: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer("interrupted", e);
        }
    }
}
