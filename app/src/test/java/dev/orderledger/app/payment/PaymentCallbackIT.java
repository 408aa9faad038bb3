package dev.orderledger.app.payment;

import dev.orderledger.api.money.Money;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.saga.gateway.PaymentAccepted;
import dev.orderledger.saga.gateway.PaymentGateway;
import dev.orderledger.saga.gateway.PaymentRequest;
import dev.orderledger.saga.partner.CallbackSignature;
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
    private String adminToken;
    private String payOrderId;

    @BeforeEach
    void aPayOrderWaitingForTheGateway() {
        signature = new CallbackSignature(gatewaySecret);
        adminToken = admin().token();
        payOrderId = payOrderOfTwentyYuanInP5();
    }

    @Test
    void aCorrectlySignedSuccessReachesThePayOrderOnceAndARepeatChangesNothing() {
        String success = successOf("tx-" + payOrderId, "20.00");

        LedgerClient.Response applied = signed(success, now()).send();
        LedgerClient.Response repeated = signed(success, now()).send();

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().at("/applied").asBoolean()).isTrue();
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        assertThat(events()).containsExactly(CREATED, INITIALISED, SUCCEEDED);
        LedgerClient.Response byHand = api.post("/api/admin/pay-orders/" + payOrderId + "/gateway-result",
                Map.of("gatewayTransactionId", "tx-" + payOrderId, "succeeded", true,
                        "amount", Map.of("amount", "20.00", "currency", "CNY"))).as(adminToken).send();
        assertThat(byHand.at("/status")).isEqualTo("P8_SUCCESS");
    }

    @Test
    void aTamperedBodyOrAWrongSignatureIsRefusedAndThePayOrderIsUnchanged() {
        long now = now();
        String signedBody = successOf("tx-" + payOrderId, "20.00");
        String tampered = successOf("tx-" + payOrderId, "0.01");
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
        assertThat(events()).containsExactly(CREATED, INITIALISED);
    }

    @Test
    void aCallbackSignedLongAgoIsRefused() {
        long stale = Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond();

        LedgerClient.Response replayed = signed(successOf("tx-" + payOrderId, "20.00"), stale).send();

        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(401);
        assertThat(events()).containsExactly(CREATED, INITIALISED);
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
        assertThat(events()).containsExactly(CREATED, INITIALISED);
    }

    @Test
    void aPaymentRequestedFromTheSimulatedGatewayIsReportedBackBySignedCallbacks() {
        PaymentAccepted accepted = gateway.requestPayment(new PaymentRequest(payOrderId, Money.of("20.00", "CNY"),
                "two teacups")).join();
        PaymentAccepted again = gateway.requestPayment(new PaymentRequest(payOrderId, Money.of("20.00", "CNY"),
                "two teacups")).join();

        assertThat(again.transactionId()).isEqualTo(accepted.transactionId());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(events()).containsExactly(CREATED, INITIALISED, PROCESSING, SUCCEEDED));
        assertThat(gateway.findPayment(payOrderId)).hasValueSatisfying(payment ->
                assertThat(payment.transactionId()).isEqualTo(accepted.transactionId()));
    }

    private String payOrderOfTwentyYuanInP5() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Teacup", "10.00");
        String orderId = api.post("/api/orders", orderOf(null, productId, 2)).as(buyer.token()).send().at("/orderId");
        LedgerClient.Response confirmed = api.post("/api/admin/orders/" + orderId + "/placement-confirmation",
                Map.of("discount", Map.of("amount", "0.00", "currency", "CNY"), "pointsUsed", 0)).as(adminToken).send();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        String id = "pay-" + UUID.randomUUID();
        LedgerClient.Response created = api.post("/api/pay-orders", Map.of("payOrderId", id,
                "orderIds", List.of(orderId), "method", "GATEWAY_CARD")).as(buyer.token()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        LedgerClient.Response initialised = api.post("/api/admin/pay-orders/" + id + "/initialisation",
                Map.of("gatewayRequestId", id)).as(adminToken).send();
        assertThat(initialised.status()).as(initialised.toString()).isEqualTo(204);
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
        return jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, payOrderId);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
