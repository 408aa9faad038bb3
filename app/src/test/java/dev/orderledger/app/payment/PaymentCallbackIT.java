package dev.orderledger.app.payment;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.saga.gateway.PaymentAccepted;
import dev.orderledger.saga.gateway.PaymentGateway;
import dev.orderledger.saga.gateway.PaymentRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway's callback over real HTTP: only a callback signed with the gateway's secret, over the
 * exact bytes sent and recently, reaches the pay order; anything else is refused before it is read.
 */
class PaymentCallbackIT extends LedgerIntegrationTest {

    private static final String CALLBACK = "/api/payments/callback";
    private static final String CREATED = "dev.orderledger.api.payment.PayOrderCreatedEvent";
    private static final String INITIALISED = "dev.orderledger.api.payment.PaymentInitialisedEvent";
    private static final String PROCESSING = "dev.orderledger.api.payment.PaymentProcessingEvent";
    private static final String SUCCEEDED = "dev.orderledger.api.payment.PaymentSucceededEvent";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PaymentGateway gateway;

    @Value("${ledger.partners.gateway.secret}")
    String gatewaySecret;

    private CallbackSignature signature;
    private String payOrderId;
    private String transactionId;

    @BeforeEach
    void aPayOrderWaitingForTheGateway() {
        signature = new CallbackSignature(gatewaySecret);
        payOrderId = payOrderOfTwentyYuanAtASlowGateway();
        transactionId = gateway.findPayment(payOrderId).orElseThrow().transactionId();
    }

    @Test
    void aCorrectlySignedSuccessReachesThePayOrderOnceAndARepeatChangesNothing() {
        String success = successOf(transactionId, "20.00");

        LedgerClient.Response applied = signed(success, now()).send();
        LedgerClient.Response repeated = signed(success, now()).send();

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().at("/applied").asBoolean()).isTrue();
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        assertThat(events()).containsExactly(CREATED, INITIALISED, PROCESSING, SUCCEEDED);
    }

    @Test
    void aTamperedBodyOrAWrongSignatureIsRefusedAndThePayOrderIsUnchanged() {
        long now = now();
        String signedBody = successOf(transactionId, "20.00");
        String tampered = successOf(transactionId, "0.01");
        String forged = new CallbackSignature("not-the-gateways-secret").sign(now, bytes(signedBody));

        LedgerClient.Response tamperedAnswer = api.post(CALLBACK, tampered)
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, signature.sign(now, bytes(signedBody))).send();
        LedgerClient.Response forgedAnswer = api.post(CALLBACK, signedBody)
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, forged).send();
        LedgerClient.Response unsigned = api.post(CALLBACK, signedBody).send();

        for (LedgerClient.Response refused : List.of(tamperedAnswer, forgedAnswer, unsigned)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(events()).containsExactly(CREATED, INITIALISED, PROCESSING);
    }

    @Test
    void aCallbackSignedLongAgoIsRefused() {
        long stale = Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond();

        LedgerClient.Response replayed = signed(successOf(transactionId, "20.00"), stale).send();

        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(401);
        assertThat(events()).containsExactly(CREATED, INITIALISED, PROCESSING);
    }

    @Test
    void aSignedBodyOfAnotherShapeIsABadRequestNotAServerError() {
        String unknownField = """
                {"type":"PAYMENT","requestId":"%s","transactionId":"tx-1","status":"SUCCEEDED","amount":{"amount":"20.00","currency":"CNY"},"surprise":1}"""
                .formatted(payOrderId);
        String unknownType = "{\"type\":\"TRANSFER\",\"requestId\":\"" + payOrderId + "\"}";
        String notJson = "status=SUCCEEDED";

        for (String body : List.of(unknownField, unknownType, notJson, "")) {
            LedgerClient.Response answer = signed(body, now()).send();
            assertThat(answer.status()).as(body + " -> " + answer).isEqualTo(400);
        }
        assertThat(events()).containsExactly(CREATED, INITIALISED, PROCESSING);
    }

    @Test
    void aPaymentThroughTheSimulatedGatewayIsReportedBackBySignedCallbacksAndAskingAgainTakesItOnce() {
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Teapot", "20.00"), 1));
        String paid = pay(buyer, "pay-" + UUID.randomUUID(), orderId);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(eventsOf(paid)).containsExactly(CREATED, INITIALISED, PROCESSING, SUCCEEDED));
        PaymentAccepted again = gateway.requestPayment(new PaymentRequest(paid, Money.of("20.00", "CNY"), "again")).join();
        assertThat(gateway.findPayment(paid)).hasValueSatisfying(payment ->
                assertThat(payment.transactionId()).isEqualTo(again.transactionId()));
        assertThat(eventsOf(paid)).containsExactly(CREATED, INITIALISED, PROCESSING, SUCCEEDED);
    }

    /** A pay order the gateway has taken (P7) but will report on only in ten minutes: the test's callbacks come first. */
    private String payOrderOfTwentyYuanAtASlowGateway() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Teacup", "10.00");
        String orderId = placedOrder(buyer, orderOf(null, productId, 2));
        String id = "pay-" + UUID.randomUUID();
        assertThat(api.put("/simulator/gateway/scenarios/" + id, Map.of("callbackDelayMillis", 60_000))
                .as(admin().token()).send().status()).isEqualTo(200);
        pay(buyer, id, orderId);
        await().atMost(Duration.ofSeconds(15)).until(() -> eventsOf(id).contains(PROCESSING));
        return id;
    }

    private String successOf(String transactionId, String amount) {
        return """
                {"type":"PAYMENT","requestId":"%s","transactionId":"%s","status":"SUCCEEDED","amount":{"amount":"%s","currency":"CNY"},"reason":null}"""
                .formatted(payOrderId, transactionId, amount);
    }

    private LedgerClient.Request signed(String body, long timestamp) {
        return api.post(CALLBACK, body)
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(CallbackSignature.SIGNATURE_HEADER, signature.sign(timestamp, bytes(body)));
    }

    private List<String> events() {
        return eventsOf(payOrderId);
    }

    private List<String> eventsOf(String id) {
        return jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, id);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
