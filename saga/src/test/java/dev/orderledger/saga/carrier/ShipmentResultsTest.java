package dev.orderledger.saga.carrier;

import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.order.AcceptFulfillmentCommand;
import dev.orderledger.api.order.FailFulfillmentCommand;
import dev.orderledger.api.order.MarkOrderDeliveredCommand;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.ShipOrderCommand;
import dev.orderledger.api.security.Actor;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ShipmentResultsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final OrderId ORDER = OrderId.of("1234567890123456789");
    private static final String REFERENCE = "ful-" + ORDER;

    private final CommandGateway commands = mock(CommandGateway.class);
    private final ShipmentResults results = new ShipmentResults(commands, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAcceptedShipmentAcceptsTheFulfillment() {
        results.apply(shipment(ShipmentStatus.ACCEPTED, null));

        verify(commands).sendAndWait(new AcceptFulfillmentCommand(ORDER, REFERENCE, NOW));
    }

    @Test
    void aShippedParcelShipsTheOrderAsTheLedger() {
        results.apply(shipment(ShipmentStatus.SHIPPED, null));

        verify(commands).sendAndWait(new ShipOrderCommand(ORDER, Actor.system(), "SIM-EXPRESS", "SIM000000000042", NOW));
    }

    @Test
    void aDeliveredParcelMarksTheOrderDelivered() {
        results.apply(shipment(ShipmentStatus.DELIVERED, null));

        verify(commands).sendAndWait(new MarkOrderDeliveredCommand(ORDER, NOW));
    }

    @Test
    void aFailedShipmentFailsTheFulfillmentWithTheCarriersReason() {
        results.apply(shipment(ShipmentStatus.FAILED, "lost"));

        verify(commands).sendAndWait(new FailFulfillmentCommand(ORDER, "lost", NOW));
    }

    @Test
    void aSecondShippedIsAlreadyApplied() {
        when(commands.sendAndWait(any(ShipOrderCommand.class)))
                .thenThrow(new StateConflict("SHIPPED", "order has shipped"));

        assertThatCode(() -> results.apply(shipment(ShipmentStatus.SHIPPED, null))).doesNotThrowAnyException();
    }

    @Test
    void aSecondShippedIsAlreadyAppliedAlsoWhenTheBusWrapsTheAnswer() {
        when(commands.sendAndWait(any(ShipOrderCommand.class))).thenThrow(new CommandExecutionException("refused",
                new StateConflict("SHIPPED", "order has shipped")));

        assertThatCode(() -> results.apply(shipment(ShipmentStatus.SHIPPED, null))).doesNotThrowAnyException();
    }

    @Test
    void anyOtherRefusalReachesTheCaller() {
        when(commands.sendAndWait(any(ShipOrderCommand.class))).thenThrow(new StateConflict("CANCELLED", "cancelled"));

        assertThatThrownBy(() -> results.apply(shipment(ShipmentStatus.SHIPPED, null))).isInstanceOf(StateConflict.class);
    }

    private static Shipment shipment(ShipmentStatus status, String reason) {
        return new Shipment(REFERENCE, ORDER, "ship-1", status, "SIM-EXPRESS", "SIM000000000042", reason);
    }
}
