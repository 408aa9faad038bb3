package dev.orderledger.simulator.carrier;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.saga.carrier.Shipment;
import dev.orderledger.saga.carrier.ShipmentRequest;
import dev.orderledger.saga.carrier.ShipmentStatus;
import dev.orderledger.simulator.RecordingCallbacks;
import dev.orderledger.simulator.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SimulatedCarrierTest {

    private static final OrderId ORDER = OrderId.of("1234567890123456789");
    private static final String REFERENCE = "ful-" + ORDER;
    private static final ShipmentRequest REQUEST = new ShipmentRequest(REFERENCE, ORDER,
            new ShippingAddress("Ann", "+86 138 0000 0000", "Shanghai", "1 Nanjing Rd", "200000"));

    private final RecordingCallbacks callbacks = new RecordingCallbacks();
    private final SimulatedCarrier carrier = new SimulatedCarrier(callbacks.script());

    @AfterEach
    void stop() {
        callbacks.close();
    }

    @Test
    void aShipmentIsAcceptedShippedAndDeliveredWithATrackingNumber() {
        carrier.scenarios().set(REFERENCE, scenario("DELIVER", false));
        carrier.ship(REQUEST);

        List<Shipment> sent = awaitCallbacks(3);
        assertThat(sent).extracting(Shipment::status)
                .containsExactly(ShipmentStatus.ACCEPTED, ShipmentStatus.SHIPPED, ShipmentStatus.DELIVERED);
        assertThat(sent.get(1).carrier()).isEqualTo("SIM-EXPRESS");
        assertThat(sent.get(1).trackingNumber()).matches("SIM\\d{12}");
        assertThat(sent.get(2).trackingNumber()).isEqualTo(sent.get(1).trackingNumber());
        assertThat(carrier.shipment(REFERENCE).orElseThrow().status()).isEqualTo(ShipmentStatus.DELIVERED);
    }

    @Test
    void aRepeatedRequestAnswersTheSameShipment() {
        Reply.Taken<Shipment> first = (Reply.Taken<Shipment>) carrier.ship(REQUEST);
        Reply.Taken<Shipment> again = (Reply.Taken<Shipment>) carrier.ship(REQUEST);

        assertThat(again.first()).isFalse();
        assertThat(again.value().shipmentId()).isEqualTo(first.value().shipmentId());
    }

    @Test
    void aFailedShipmentNeverShips() {
        carrier.scenarios().set(REFERENCE, scenario("FAIL", false));
        carrier.ship(REQUEST);

        assertThat(awaitCallbacks(2)).extracting(Shipment::status)
                .containsExactly(ShipmentStatus.ACCEPTED, ShipmentStatus.FAILED);
    }

    @Test
    void aHeldShipmentStopsAfterShipping() {
        carrier.scenarios().set(REFERENCE, scenario("HOLD", false));
        carrier.ship(REQUEST);

        awaitCallbacks(2);
        await().pollDelay(Duration.ofMillis(100)).until(() -> true);
        assertThat(callbacks.sent()).hasSize(2);
        assertThat(carrier.shipment(REFERENCE).orElseThrow().status()).isEqualTo(ShipmentStatus.SHIPPED);
    }

    @Test
    void reorderedCallbacksDeliverBeforeShippingButTheRecordStaysDelivered() {
        carrier.scenarios().set(REFERENCE, scenario("DELIVER", true));
        carrier.ship(REQUEST);

        assertThat(awaitCallbacks(3)).extracting(Shipment::status)
                .containsExactly(ShipmentStatus.DELIVERED, ShipmentStatus.ACCEPTED, ShipmentStatus.SHIPPED);
        assertThat(carrier.shipment(REFERENCE).orElseThrow().status()).isEqualTo(ShipmentStatus.DELIVERED);
    }

    private static CarrierScenario scenario(String outcome, boolean reorder) {
        return CarrierScenario.of(CarrierScenario.Outcome.valueOf(outcome), 5L, 5L, null, reorder, null, null, null);
    }

    private List<Shipment> awaitCallbacks(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.sent().size() >= count);
        return callbacks.sent().stream().map(Shipment.class::cast).toList();
    }
}
