package dev.orderledger.app.notification;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.orderledger.notification.webhook.WebhookHeaders;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seller's webhook receiver over real HTTPS, with the self-signed certificate of
 * {@code webhooks/receiver.p12} (which the tests' ledger trusts): it records every request and answers
 * the status it is told, 503 while it is "down".
 */
public final class HttpsReceiver implements AutoCloseable {

    /** One request as it arrived, and the status it was answered. */
    public record Request(String deliveryId, String kind, String timestamp, String signature, byte[] body, int answered) {

        boolean accepted() {
            return answered >= 200 && answered < 300;
        }
    }

    private static final char[] PASSWORD = "receiver-secret".toCharArray();

    private final HttpsServer server;
    private final AtomicInteger answer;
    private final List<Request> received = new CopyOnWriteArrayList<>();

    private HttpsReceiver(int firstAnswer) {
        this.answer = new AtomicInteger(firstAnswer);
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls()));
        } catch (IOException | GeneralSecurityException failed) {
            throw new IllegalStateException("the test receiver cannot start", failed);
        }
        server.createContext("/hooks/ledger", exchange -> {
            int status = answer.get();
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            received.add(new Request(headers.getFirst(WebhookHeaders.DELIVERY), headers.getFirst(WebhookHeaders.EVENT),
                    headers.getFirst(WebhookHeaders.TIMESTAMP), headers.getFirst(WebhookHeaders.SIGNATURE), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver answering this status until told otherwise. */
    public static HttpsReceiver answering(int status) {
        return new HttpsReceiver(status);
    }

    public void answer(int status) {
        answer.set(status);
    }

    public String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/hooks/ledger";
    }

    /** Every request it got, in order, the refused ones included. */
    List<Request> received() {
        return List.copyOf(received);
    }

    /** The requests it took (answered 2xx). */
    public List<Request> accepted() {
        return received.stream().filter(Request::accepted).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static SSLContext tls() throws GeneralSecurityException, IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = HttpsReceiver.class.getResourceAsStream("/webhooks/receiver.p12")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("webhooks/receiver.p12 is missing from the test resources"));
            }
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }
}
