package dev.orderledger.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.saga.partner.BoundedPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Posts a simulated partner's callbacks to the ledger the way a real partner does: JSON signed with
 * the partner's secret and the current time, retried with a doubling pause when the ledger does not
 * answer or answers 5xx, never when it answers 4xx (the ledger refused; trying again changes nothing).
 */
public final class CallbackDelivery implements CallbackSender {

    private static final Logger log = LoggerFactory.getLogger(CallbackDelivery.class);
    static final int ATTEMPTS = 4;
    static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final ObjectMapper json;
    private final CallbackSignature signature;
    private final Supplier<URI> target;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final BoundedPool senders;

    /**
     * @param target the callback endpoint, resolved at each delivery
     * @param scheduler times the pauses between attempts
     * @param senders where a delivery waits for the ledger's answer
     */
    public CallbackDelivery(HttpClient client, ObjectMapper json, CallbackSignature signature, Supplier<URI> target,
                            Clock clock, ScheduledExecutorService scheduler, BoundedPool senders) {
        this.client = client;
        this.json = json;
        this.signature = signature;
        this.target = target;
        this.clock = clock;
        this.scheduler = scheduler;
        this.senders = senders;
    }

    /** Completes with the ledger's last status code, or -1 when it never answered. */
    @Override
    public CompletableFuture<Integer> send(Object notice) {
        try {
            return attempt(json.writeValueAsBytes(notice), 1);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Integer> attempt(byte[] body, int attempt) {
        CompletableFuture<Integer> answered;
        try {
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target.get()).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(CallbackSignature.SIGNATURE_HEADER, signature.sign(timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            answered = senders.call(() -> statusOf(request), full -> new IllegalStateException(full))
                    .exceptionally(failure -> -1);
        } catch (RuntimeException unreachable) {
            answered = CompletableFuture.completedFuture(-1);
        }
        return answered.thenCompose(status -> {
            boolean retry = status == -1 || status >= 500;
            if (!retry || attempt >= ATTEMPTS) {
                if (status / 100 != 2) {
                    log.warn("Callback to the ledger not applied after {} attempt(s): status {}", attempt, status);
                }
                return CompletableFuture.completedFuture(status);
            }
            return CompletableFuture.supplyAsync(() -> null, after(FIRST_PAUSE.multipliedBy(1L << (attempt - 1))))
                    .thenCompose(ignored -> attempt(body, attempt + 1));
        });
    }

    /** The ledger's status code, or -1 when it did not answer. */
    private int statusOf(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Executor after(Duration pause) {
        return CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS, scheduler);
    }
}
