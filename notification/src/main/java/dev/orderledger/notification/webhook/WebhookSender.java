package dev.orderledger.notification.webhook;

import dev.orderledger.api.signature.CallbackSignature;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes one attempt of a delivery: a signed POST of its body ({@link WebhookHeaders}) to the endpoint,
 * over HTTPS, with a short timeout, following no redirect (a redirect could lead anywhere, the ledger's
 * own network included), after {@link AddressPolicy} allowed the host's addresses. A 2xx answer is a
 * success; anything else, or no answer, a failure. Blocking: it runs on the outbox loop's senders.
 */
class WebhookSender {

    private static final String USER_AGENT = "order-ledger-webhooks/1";

    private final HttpClient client;
    private final AddressPolicy addresses;
    private final Duration timeout;
    private final Clock clock;

    WebhookSender(SSLContext tls, AddressPolicy addresses, Duration timeout, Clock clock) {
        this.client = HttpClient.newBuilder().sslContext(tls).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.addresses = addresses;
        this.timeout = timeout;
        this.clock = clock;
    }

    Attempt post(ClaimedDelivery delivery) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        URI url = URI.create(delivery.url());
        Optional<String> refused = addresses.refusal(url);
        if (refused.isPresent()) {
            return Attempt.failed(at, refused.get(), since(started));
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(WebhookHeaders.DELIVERY, delivery.id().toString())
                .header(WebhookHeaders.EVENT, delivery.kind())
                .header(WebhookHeaders.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookHeaders.SIGNATURE, new CallbackSignature(delivery.secret()).sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
            return Attempt.answered(at, answer.statusCode(), since(started));
        } catch (IOException unreachable) {
            return Attempt.failed(at, describe(unreachable), since(started));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Attempt.failed(at, "interrupted: the ledger was stopping", since(started));
        }
    }

    private static String describe(IOException failure) {
        Throwable cause = failure.getMessage() == null && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
