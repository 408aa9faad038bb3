package dev.orderledger.saga.carrier;

import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.order.AcceptFulfillmentCommand;
import dev.orderledger.api.order.FailFulfillmentCommand;
import dev.orderledger.api.order.MarkOrderDeliveredCommand;
import dev.orderledger.api.order.ShipOrderCommand;
import dev.orderledger.api.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The one translation of what the carrier says into order commands, used by its callbacks and by
 * the status queries that follow a lost reply: accepted is F2, shipped hands the parcel over (the
 * ledger acting as admin), delivered is F4, failed is F3. Applying the same answer twice changes
 * nothing: a second "shipped" meets an order that has shipped already, which counts as done.
 */
@Component
public class ShipmentResults {

    static final String SHIPPED = "SHIPPED";
    static final String UNKNOWN_FAILURE = "the carrier could not deliver";

    private final CommandGateway commands;
    private final Clock clock;

    public ShipmentResults(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public void apply(Shipment shipment) {
        switch (shipment.status()) {
            case ACCEPTED -> commands.sendAndWait(new AcceptFulfillmentCommand(shipment.orderId(), shipment.reference(),
                    clock.instant()));
            case SHIPPED -> ship(shipment);
            case DELIVERED -> commands.sendAndWait(new MarkOrderDeliveredCommand(shipment.orderId(), clock.instant()));
            case FAILED -> commands.sendAndWait(new FailFulfillmentCommand(shipment.orderId(),
                    shipment.reason() != null ? shipment.reason() : UNKNOWN_FAILURE, clock.instant()));
        }
    }

    private void ship(Shipment shipment) {
        try {
            commands.sendAndWait(new ShipOrderCommand(shipment.orderId(), Actor.system(), shipment.carrier(),
                    shipment.trackingNumber(), clock.instant()));
        } catch (RuntimeException refused) {
            if (!alreadyShipped(refused)) {
                throw refused;
            }
        }
    }

    /** The aggregate's answer to a second "shipped", directly or wrapped by the command bus. */
    private static boolean alreadyShipped(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof StateConflict conflict) {
                return SHIPPED.equals(conflict.currentState());
            }
        }
        return false;
    }
}
