package dev.orderledger.app.partner;

import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.saga.gateway.PaymentGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The simulated partners of the dev profile over real HTTP: steered only by admins, and what they
 * took (payments, shipments, statements) shown only to admins, to finance (statements) and to the
 * ledger's own requests signed with the partner's secret; never to anonymous callers or buyers,
 * the buyer who paid included.
 */
class SimulatorAccessIT extends LedgerIntegrationTest {

    @Autowired
    PaymentGateway gateway;

    @Value("${ledger.partners.gateway.secret}")
    String gatewaySecret;

    private User owner;
    private String payOrderId;
    private String shipment;
    private LocalDate paidOn;

    @BeforeEach
    void aPaidAndDeliveredOrder() {
        owner = buyer();
        String productId = productOnShelf(seller(), "Simulator kettle " + UUID.randomUUID(), "30.00");
        String orderId = placedOrder(owner, orderOf(null, productId, 1));
        paidOn = LocalDate.now(ZoneOffset.UTC);
        payOrderId = pay(owner, "pay-sim-" + UUID.randomUUID(), orderId);
        awaitDelivered(owner, orderId);
        assumeThat(LocalDate.now(ZoneOffset.UTC)).as("the test ran across midnight (UTC)").isEqualTo(paidOn);
        shipment = "/simulator/carrier/shipments/ful-" + orderId;
    }

    @Test
    void anonymousCallersAndBuyersCanNeitherSteerTheSimulatorsNorSeeWhatTheyTook() {
        String stranger = buyer().token();
        for (Function<LedgerClient.Request, LedgerClient.Request> caller : List.<Function<LedgerClient.Request,
                LedgerClient.Request>>of(request -> request, request -> request.as(stranger),
                request -> request.as(owner.token()))) {
            for (LedgerClient.Request request : everySimulatorRequest()) {
                LedgerClient.Response refused = caller.apply(request).send();
                assertThat(refused.status()).as(refused.toString()).isIn(401, 403);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.text()).doesNotContain(payOrderId, "30.00", "tracking");
            }
        }
    }

    @Test
    void anAdminSteersTheSimulatorsAndReadsThemAndFinanceReadsTheStatement() {
        String admin = admin().token();
        String finance = withRoles(buyer(), "FINANCE").token();

        LedgerClient.Response payment = api.get("/simulator/gateway/payments/" + payOrderId).as(admin).send();
        assertThat(payment.status()).as(payment.toString()).isEqualTo(200);
        assertThat(payment.at("/amount/amount")).isEqualTo("30.00");
        LedgerClient.Response delivered = api.get(shipment).as(admin).send();
        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
        assertThat(delivered.at("/trackingNumber")).isNotBlank();
        assertThat(api.get(statement()).as(admin).send().text()).contains(payOrderId);
        assertThat(api.get(statement()).as(finance).send().text()).contains(payOrderId);
        assertThat(api.post(statement(), Map.of("omit", List.of(payOrderId))).as(finance).send().status())
                .as("planting differences is an admin's control").isEqualTo(403);
        assertThat(api.post(statement(), Map.of("omit", List.of(payOrderId))).as(admin).send().text())
                .doesNotContain(payOrderId);

        String key = "pay-sim-scenario-" + UUID.randomUUID();
        assertThat(api.put("/simulator/gateway/scenarios/" + key, Map.of("outcome", "DECLINE")).as(finance).send().status())
                .isEqualTo(403);
        assertThat(api.put("/simulator/gateway/scenarios/" + key, Map.of("outcome", "DECLINE")).as(admin).send().status())
                .isEqualTo(200);
        assertThat(api.delete("/simulator/gateway/scenarios/" + key).as(admin).send().status()).isEqualTo(204);
    }

    @Test
    void theLedgersRequestsSignedWithThePartnersSecretReadWhatTheGatewayTookAndForgedOnesAreRefused() {
        String path = "/simulator/gateway/payments/" + payOrderId;

        CallbackSignature secret = new CallbackSignature(gatewaySecret);

        LedgerClient.Response signed = signedGet(path, secret, path).send();
        LedgerClient.Response forged = signedGet(path, new CallbackSignature("not-the-gateways-secret"), path).send();
        LedgerClient.Response otherPath = signedGet(path, secret, "/simulator/gateway/payments/another").send();

        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.at("/requestId")).isEqualTo(payOrderId);
        assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
        assertThat(forged.text()).contains("invalid-signature").doesNotContain("30.00");
        assertThat(otherPath.status()).as(otherPath.toString()).isEqualTo(401);
        assertThat(signedGet(shipment, secret, shipment).send().status())
                .as("the gateway's secret does not open the carrier").isEqualTo(401);
        assertThat(gateway.findPayment(payOrderId)).as("the ledger's own rechecks").isPresent();
    }

    /** A GET of this path, signed as a GET of {@code signedPath}. */
    private LedgerClient.Request signedGet(String path, CallbackSignature signature, String signedPath) {
        long now = Instant.now().getEpochSecond();
        return api.get(path).header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, signature.signRequest(now, "GET", signedPath, new byte[0]));
    }

    private List<LedgerClient.Request> everySimulatorRequest() {
        Map<String, Object> decline = Map.of("outcome", "DECLINE");
        String payment = "{\"requestId\":\"" + payOrderId + "\",\"amount\":{\"amount\":\"30.00\",\"currency\":\"CNY\"}}";
        return List.of(
                api.put("/simulator/gateway/scenarios/default", decline),
                api.put("/simulator/gateway/scenarios/" + payOrderId, decline),
                api.delete("/simulator/gateway/scenarios/default"),
                api.put("/simulator/carrier/scenarios/default", Map.of("outcome", "FAIL")),
                api.get("/simulator/gateway/payments/" + payOrderId),
                api.post("/simulator/gateway/payments", payment),
                api.get(shipment),
                api.get(statement()),
                api.post(statement(), Map.of("omit", List.of(payOrderId))));
    }

    private String statement() {
        return "/simulator/gateway/statements/" + paidOn;
    }
}
