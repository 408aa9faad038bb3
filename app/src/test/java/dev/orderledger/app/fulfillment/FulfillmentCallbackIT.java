package dev.orderledger.app.fulfillment;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.saga.carrier.FulfillmentPartner;
import dev.orderledger.saga.carrier.ShipmentRequest;
import dev.orderledger.saga.carrier.ShipmentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The carrier's callbacks over real HTTP, from the simulated carrier to the order, signed with the carrier's secret. */
class FulfillmentCallbackIT extends LedgerIntegrationTest {

    private static final String ACCEPTED = "dev.orderledger.api.order.FulfillmentAcceptedEvent";
    private static final String SHIPPED = "dev.orderledger.api.order.OrderShippedEvent";
    private static final String DELIVERED = "dev.orderledger.api.order.OrderDeliveredEvent";
    private static final ShippingAddress ADDRESS = new ShippingAddress("Ann", "+86 138 0000 0000", "Shanghai",
            "1 Nanjing Rd", "200000");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FulfillmentPartner carrier;

    @Value("${ledger.partners.gateway.secret}")
    String gatewaySecret;

    @Test
    void aShipmentFromTheSimulatedCarrierIsAcceptedShippedAndDeliveredEvenWhenItsCallbacksRepeat() {
        String orderId = orderBeingFulfilled(Map.of("duplicateCallbacks", 2, "shipDelayMillis", 30));
        String reference = "ful-" + orderId;

        String shipmentId = carrier.requestShipment(new ShipmentRequest(reference, OrderId.of(orderId), ADDRESS))
                .join().shipmentId();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(orderEvents(orderId)).containsSubsequence(ACCEPTED, SHIPPED, DELIVERED));
        assertThat(orderEvents(orderId).stream().filter(List.of(ACCEPTED, SHIPPED, DELIVERED)::contains))
                .containsExactly(ACCEPTED, SHIPPED, DELIVERED);
        assertThat(carrier.findShipment(reference)).hasValueSatisfying(shipment -> {
            assertThat(shipment.shipmentId()).isEqualTo(shipmentId);
            assertThat(shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
            assertThat(shipment.carrier()).isEqualTo("SIM-EXPRESS");
            assertThat(shipment.trackingNumber()).startsWith("SIM");
        });
    }

    @Test
    void aCallbackSignedWithTheGatewaysSecretIsNotTheCarriers() {
        String orderId = orderBeingFulfilled(Map.of("shipDelayMillis", 60_000));
        String body = """
                {"reference":"ful-%s","orderId":"%s","shipmentId":"s-1","status":"SHIPPED","carrier":"SF","trackingNumber":"FORGED"}"""
                .formatted(orderId, orderId);
        long now = Instant.now().getEpochSecond();

        LedgerClient.Response answer = api.post("/api/fulfillment/callback", body)
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, new CallbackSignature(gatewaySecret)
                        .sign(now, body.getBytes(StandardCharsets.UTF_8))).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(orderEvents(orderId)).doesNotContain(SHIPPED);
    }

    /** A paid order whose shipment the carrier handles with these knobs. */
    private String orderBeingFulfilled(Map<String, Object> carrierScenario) {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Kettle", "50.00");
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));
        assertThat(api.put("/simulator/carrier/scenarios/ful-" + orderId, carrierScenario).as(admin().token()).send()
                .status()).isEqualTo(200);
        pay(buyer, "pay-" + orderId, orderId);
        awaitOrder(buyer, orderId, "FULFILLING");
        return orderId;
    }

    private List<String> orderEvents(String orderId) {
        return jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, orderId);
    }
}
