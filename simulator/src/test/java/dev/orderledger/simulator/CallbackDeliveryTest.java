package dev.orderledger.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.saga.partner.BoundedPool;
import dev.orderledger.saga.partner.StubPartner;
import dev.orderledger.saga.partner.StubPartner.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class CallbackDeliveryTest {

    private final StubPartner ledger = new StubPartner();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final CallbackSignature signature = new CallbackSignature("carrier-secret");

    @AfterEach
    void stop() {
        ledger.close();
        scheduler.shutdownNow();
    }

    @Test
    void postsTheCallbackSignedOverTheExactBytesSent() {
        ledger.answering(Answer.of(200, "{\"applied\":true}"));

        assertThat(delivery(ledger.url()).send(Map.of("status", "SHIPPED")).join()).isEqualTo(200);

        StubPartner.Received received = ledger.received().get(0);
        assertThatCode(() -> signature.verify(received.body(), received.timestamp(), received.signature(), Instant.now()))
                .doesNotThrowAnyException();
    }

    @Test
    void retriesAfterServerErrorsUntilTheLedgerAnswers() {
        ledger.answering(Answer.of(503, null), Answer.of(500, null), Answer.of(200, "{\"applied\":true}"));

        assertThat(delivery(ledger.url()).send(Map.of("status", "SHIPPED")).join()).isEqualTo(200);
        assertThat(ledger.received()).hasSize(3);
    }

    @Test
    void doesNotRetryARefusal() {
        ledger.answering(Answer.of(409, "{\"currentState\":\"CANCELLED\"}"));

        assertThat(delivery(ledger.url()).send(Map.of("status", "SHIPPED")).join()).isEqualTo(409);
        assertThat(ledger.received()).hasSize(1);
    }

    @Test
    void givesUpAfterAFewAttempts() {
        ledger.answering(Answer.of(500, null));

        assertThat(delivery(ledger.url()).send(Map.of("status", "SHIPPED")).join()).isEqualTo(500);
        assertThat(ledger.received()).hasSize(CallbackDelivery.ATTEMPTS);
    }

    private CallbackDelivery delivery(URI target) {
        return new CallbackDelivery(HttpClient.newHttpClient(), new ObjectMapper(), signature, () -> target,
                Clock.systemUTC(), scheduler, new BoundedPool("test-callback", 2, 10));
    }
}
