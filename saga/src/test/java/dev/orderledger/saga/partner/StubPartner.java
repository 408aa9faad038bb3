package dev.orderledger.saga.partner;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.orderledger.api.signature.CallbackSignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback HTTP server that answers every request with the next scripted answer and keeps what it received. */
public final class StubPartner implements AutoCloseable {

    /** One answer: a status, a JSON body (or none), and how long to wait before answering. */
    public record Answer(int status, String body, long delayMillis) {
        public static Answer of(int status, String body) {
            return new Answer(status, body, 0);
        }
    }

    /** What was received. */
    public record Received(String method, String path, String timestamp, String signature, byte[] body) {
    }

    private final HttpServer server;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public StubPartner() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public StubPartner answering(Answer... script) {
        answers.addAll(List.of(script));
        return this;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestHeaders().getFirst(CallbackSignature.TIMESTAMP_HEADER),
                exchange.getRequestHeaders().getFirst(CallbackSignature.SIGNATURE_HEADER),
                exchange.getRequestBody().readAllBytes()));
        Answer answer = answers.size() > 1 ? answers.remove(0) : answers.get(0);
        try {
            Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
