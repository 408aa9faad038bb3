package dev.orderledger.saga.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.signature.CallbackRejected;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.saga.partner.BoundedPool;
import dev.orderledger.saga.partner.PartnerHttp;
import dev.orderledger.saga.partner.StubPartner;
import dev.orderledger.saga.partner.StubPartner.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpPaymentGatewayTest {

    private static final CallbackSignature SECRET = new CallbackSignature("gateway-secret");
    private static final PaymentRequest PAYMENT = new PaymentRequest("pay-1", Money.of("90.00", "CNY"), "teacups");

    private final StubPartner partner = new StubPartner();

    @AfterEach
    void stop() {
        partner.close();
    }

    @Test
    void anAcceptedPaymentAnswersItsTransactionAndTheRequestCarriesItsId() {
        partner.answering(Answer.of(201, "{\"transactionId\":\"tx-1\",\"status\":\"PROCESSING\"}"));

        assertThat(gateway(partner.url()).requestPayment(PAYMENT).join()).isEqualTo(new PaymentAccepted("tx-1"));
        assertThat(partner.received().get(0).path()).isEqualTo("/payments");
        assertThat(new String(partner.received().get(0).body(), StandardCharsets.UTF_8)).contains("\"requestId\":\"pay-1\"");
    }

    @Test
    void aRefusalWithAReasonIsADecline() {
        partner.answering(Answer.of(402, "{\"reason\":\"card declined\"}"));

        assertThatThrownBy(() -> gateway(partner.url()).requestPayment(PAYMENT).join())
                .isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(PaymentDeclined.class).hasMessage("card declined");
    }

    @Test
    void aServerErrorOrALostReplyLeavesTheAnswerUnknown() {
        partner.answering(Answer.of(500, null), Answer.of(504, null));
        PaymentGateway gateway = gateway(partner.url());

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> gateway.requestPayment(PAYMENT).join())
                    .isInstanceOf(CompletionException.class).cause().isInstanceOf(PartnerUnavailable.class);
        }
    }

    @Test
    void aSlowPartnerTimesOut() {
        partner.answering(new Answer(201, "{\"transactionId\":\"tx-1\"}", 5_000));

        assertThatThrownBy(() -> gateway(partner.url()).requestPayment(PAYMENT).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(PartnerUnavailable.class);
    }

    @Test
    void nobodyListeningIsUnavailable() {
        URI closed = partner.url();
        partner.close();

        assertThatThrownBy(() -> gateway(closed).requestPayment(PAYMENT).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(PartnerUnavailable.class);
        assertThatThrownBy(() -> gateway(closed).findPayment("pay-1")).isInstanceOf(PartnerUnavailable.class);
    }

    @Test
    void aStatusQueryAnswersWhatTheGatewayKnowsOrNothing() {
        partner.answering(Answer.of(200, """
                        {"type":"PAYMENT","requestId":"pay-1","transactionId":"tx-1","status":"SUCCEEDED",
                         "amount":{"amount":"90.00","currency":"CNY"}}"""), Answer.of(404, null));
        PaymentGateway gateway = gateway(partner.url());

        assertThat(gateway.findPayment("pay-1")).contains(new GatewayPayment("pay-1", "tx-1", GatewayStatus.SUCCEEDED,
                Money.of("90.00", "CNY"), null));
        assertThat(gateway.findRefund("r 1")).isEmpty();
        assertThat(partner.received().get(1).path()).isEqualTo("/refunds/r%201");
    }

    @Test
    void everyRequestIsSignedWithTheGatewaysSecretOverItsMethodPathAndBody() {
        partner.answering(Answer.of(201, "{\"transactionId\":\"tx-1\"}"), Answer.of(404, null));
        PaymentGateway gateway = gateway(partner.url());

        gateway.requestPayment(PAYMENT).join();
        gateway.findPayment("pay 1");

        Instant now = Instant.now();
        StubPartner.Received post = partner.received().get(0);
        StubPartner.Received get = partner.received().get(1);
        assertThatCode(() -> SECRET.verifyRequest("POST", "/payments", post.body(), post.timestamp(), post.signature(),
                now)).doesNotThrowAnyException();
        assertThatCode(() -> SECRET.verifyRequest("GET", "/payments/pay%201", get.body(), get.timestamp(), get.signature(),
                now)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SECRET.verifyRequest("GET", "/payments/pay-2", get.body(), get.timestamp(), get.signature(),
                now)).as("the signature of one request is not the signature of another").isInstanceOf(CallbackRejected.class);
    }

    private static PaymentGateway gateway(URI url) {
        return new HttpPaymentGateway(new PartnerHttp(HttpClient.newHttpClient(), new ObjectMapper(),
                Duration.ofSeconds(2), () -> url, "the gateway", SECRET, Clock.systemUTC(),
                new BoundedPool("test-partner-call", 2, 10)));
    }
}
