package dev.orderledger.saga.partner;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.saga.gateway.PartnerUnavailable;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * JSON over HTTP to one partner, and what its answers mean for the ledger. A 2xx is the answer; a 4xx
 * (but 408 and 429) is a definite refusal, turned into the caller's exception with the partner's
 * reason; anything else (timeout, no connection, 5xx, an unreadable answer) is
 * {@link PartnerUnavailable}: the request may or may not have been taken. Every request is signed
 * with the secret shared with the partner ({@link CallbackSignature#signRequest}), so the partner
 * knows it comes from the ledger.
 */
public final class PartnerHttp {

    private final HttpClient client;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Supplier<URI> baseUrl;
    private final String partner;
    private final CallbackSignature signature;
    private final Clock clock;
    private final BoundedPool pool;

    /**
     * @param baseUrl resolved at each call (the in-app simulator's port is known only once the server runs)
     * @param partner the partner's name in messages
     * @param signature the secret shared with the partner, which signs every request
     * @param pool where requests wait for the partner's answer
     */
    public PartnerHttp(HttpClient client, ObjectMapper json, Duration timeout, Supplier<URI> baseUrl, String partner,
                       CallbackSignature signature, Clock clock, BoundedPool pool) {
        this.client = client;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.timeout = timeout;
        this.baseUrl = baseUrl;
        this.partner = partner;
        this.signature = signature;
        this.clock = clock;
        this.pool = pool;
    }

    /**
     * POSTs the body as JSON on the partner's {@link BoundedPool}; completes there with the answer,
     * {@code refused}'s exception or {@link PartnerUnavailable} (also when the pool is full), so the
     * caller's thread never waits for the partner and continuations run on that pool.
     */
    public <T> CompletableFuture<T> post(String path, Object body, Class<T> answer,
                                         Function<String, ? extends RuntimeException> refused) {
        HttpRequest request;
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            request = request("POST", path, bytes).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e instanceof PartnerUnavailable ? e : unavailable(path, e));
        }
        return pool.call(() -> {
            HttpResponse<byte[]> response = exchange(path, request);
            if (isRefusal(response.statusCode())) {
                throw refused.apply(reason(response));
            }
            return read(path, response, answer);
        }, full -> unavailable(path, full));
    }

    /** GETs what the partner knows; empty on 404, {@link PartnerUnavailable} when it cannot tell. */
    public <T> Optional<T> get(String path, Class<T> answer) {
        HttpResponse<byte[]> response = exchange(path, request("GET", path, new byte[0]).GET().build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(path, response, answer));
    }

    /** One request and its answer, on the calling thread; {@link PartnerUnavailable} when none came. */
    private HttpResponse<byte[]> exchange(String path, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unavailable(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(path, e);
        }
    }

    /** A path segment with anything that is not safe in a URL escaped. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String method, String path, byte[] body) {
        URI uri = URI.create(baseUrl.get() + path);
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(CallbackSignature.SIGNATURE_HEADER,
                        signature.signRequest(timestamp, method, uri.getRawPath(), body));
    }

    private <T> T read(String path, HttpResponse<byte[]> response, Class<T> answer) {
        if (response.statusCode() / 100 != 2) {
            throw unavailable(path, new IOException("answered " + response.statusCode()));
        }
        try {
            return json.readValue(response.body(), answer);
        } catch (IOException unreadable) {
            throw unavailable(path, unreadable);
        }
    }

    private static boolean isRefusal(int status) {
        return status / 100 == 4 && status != 408 && status != 429;
    }

    /** The partner's {@code reason}, or a problem's {@code detail}, or the status itself. */
    private String reason(HttpResponse<byte[]> response) {
        try {
            JsonNode body = json.readTree(response.body());
            for (String field : new String[]{"reason", "detail"}) {
                if (body != null && body.hasNonNull(field)) {
                    return body.get(field).asText();
                }
            }
        } catch (IOException notJson) {
            // fall through to the status
        }
        return partner + " refused the request with status " + response.statusCode();
    }

    private PartnerUnavailable unavailable(String path, Throwable cause) {
        Throwable root = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        return new PartnerUnavailable(partner + " did not answer " + path + ": " + root, root);
    }
}
