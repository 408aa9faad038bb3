package dev.orderledger.notification.webhook;

import com.sun.net.httpserver.HttpServer;
import dev.orderledger.api.signature.CallbackSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** One attempt against a receiver on this machine (plain HTTP here; HTTPS is the integration test's). */
class WebhookSenderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String SECRET = "whsec-0123456789abcdef";

    private record Received(Map<String, List<String>> headers, byte[] body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);
    private HttpServer receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void anAttemptIsASignedPostWithTheDeliveryIdAndKindAndA2xxIsASuccess() throws Exception {
        ClaimedDelivery delivery = delivery(startReceiver());

        Attempt attempt = sender(new AddressPolicy(true)).post(delivery);

        assertThat(attempt.succeeded()).isTrue();
        assertThat(attempt.statusCode()).isEqualTo(204);
        assertThat(received).hasSize(1);
        Received request = received.get(0);
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(delivery.payload());
        assertThat(header(request, WebhookHeaders.DELIVERY)).isEqualTo(delivery.id().toString());
        assertThat(header(request, WebhookHeaders.EVENT)).isEqualTo("ORDER_PAID");
        assertThat(header(request, WebhookHeaders.TIMESTAMP)).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThatCode(() -> new CallbackSignature(SECRET).verify(request.body(), header(request, WebhookHeaders.TIMESTAMP),
                header(request, WebhookHeaders.SIGNATURE), NOW)).doesNotThrowAnyException();
    }

    @Test
    void anAnswerOutside2xxIsAFailureWithItsStatus() throws Exception {
        answer.set(503);

        Attempt attempt = sender(new AddressPolicy(true)).post(delivery(startReceiver()));

        assertThat(attempt.succeeded()).isFalse();
        assertThat(attempt.problem()).isEqualTo("status 503");
    }

    @Test
    void aReceiverThatIsDownIsAFailureWithTheError() throws Exception {
        int port = startReceiver();
        receiver.stop(0);
        receiver = null;

        Attempt attempt = sender(new AddressPolicy(true)).post(delivery(port));

        assertThat(attempt.succeeded()).isFalse();
        assertThat(attempt.statusCode()).isNull();
        assertThat(attempt.error()).isNotBlank();
    }

    @Test
    void aPrivateAddressIsNotContactedUnlessAllowed() throws Exception {
        Attempt attempt = sender(new AddressPolicy(false)).post(delivery(startReceiver()));

        assertThat(attempt.succeeded()).isFalse();
        assertThat(attempt.error()).contains("non-public address");
        assertThat(received).isEmpty();
    }

    private WebhookSender sender(AddressPolicy addresses) throws Exception {
        return new WebhookSender(SSLContext.getDefault(), addresses, Duration.ofSeconds(2), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ClaimedDelivery delivery(int port) {
        return new ClaimedDelivery(UUID.randomUUID(), UUID.randomUUID(), "wh-1", "http://127.0.0.1:" + port + "/hook", SECRET,
                "ORDER_PAID", "{\"kind\":\"ORDER_PAID\",\"orderId\":\"1795300000000002001\"}", 1);
    }

    private int startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
        return receiver.getAddress().getPort();
    }

    private static String header(Received request, String name) {
        return request.headers().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
    }
}
