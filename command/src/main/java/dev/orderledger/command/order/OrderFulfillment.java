package dev.orderledger.command.order;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.order.AcceptFulfillmentCommand;
import dev.orderledger.api.order.AutoConfirmReceiptCommand;
import dev.orderledger.api.order.CompletionKind;
import dev.orderledger.api.order.ConfirmReceiptCommand;
import dev.orderledger.api.order.FailFulfillmentCommand;
import dev.orderledger.api.order.FulfillmentAcceptedEvent;
import dev.orderledger.api.order.FulfillmentFailedEvent;
import dev.orderledger.api.order.FulfillmentStartedEvent;
import dev.orderledger.api.order.FulfillmentStatus;
import dev.orderledger.api.order.MarkOrderDeliveredCommand;
import dev.orderledger.api.order.OrderDeliveredEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderShippedEvent;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.ShipOrderCommand;
import dev.orderledger.api.order.StartFulfillmentCommand;
import dev.orderledger.api.order.TrackingNumberUpdatedEvent;
import dev.orderledger.api.order.UpdateTrackingNumberCommand;
import dev.orderledger.api.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order's fulfillment (DOMAIN.md, F0 to F4), a member of the {@link Order} aggregate: started
 * once the order is paid, accepted by the warehouse, shipped with a carrier and a tracking number
 * (a later change of it names the shipping version it replaces), then delivered or failed; the
 * order completes when the buyer confirms receipt, or by itself once delivered and the time to
 * confirm has passed. A virtual order is delivered and completes as it starts. Each step repeated
 * changes nothing. What the order itself is (paid, fulfilling, whose) it asks the order.
 */
class OrderFulfillment {

    private final Order order;
    private FulfillmentStatus status;
    private long shippingVersion;

    OrderFulfillment(Order order) {
        this.order = order;
    }

    FulfillmentStatus status() {
        return status;
    }

    /** The goods have left: shipped with a tracking number, or delivered. */
    boolean shipped() {
        return shippingVersion > 0 || status == FulfillmentStatus.F4_SUCCESS;
    }

    @CommandHandler
    void handle(StartFulfillmentCommand command) {
        if (status != FulfillmentStatus.F0_NOT_STARTED) {
            return;
        }
        order.requireStatus(OrderStatus.PAID);
        apply(new FulfillmentStartedEvent(order.id(), order.type(), command.fulfillmentReference(), order.shippingAddress(),
                command.at()));
        if (order.type() == OrderType.VIRTUAL) {
            apply(new OrderDeliveredEvent(order.id(), command.at()));
            order.complete(CompletionKind.VIRTUAL_DELIVERED, command.at());
        }
    }

    @CommandHandler
    void handle(AcceptFulfillmentCommand command) {
        if (status == FulfillmentStatus.F2_PROCESSING) {
            return;
        }
        requireFulfillment(FulfillmentStatus.F1_PENDING);
        apply(new FulfillmentAcceptedEvent(order.id(), command.fulfillmentReference(), command.at()));
    }

    /** @return the new shipping version, which a later tracking update must carry */
    @CommandHandler
    long handle(ShipOrderCommand command) {
        requireSellerOrAdmin(command.actor());
        order.requireStatus(OrderStatus.FULFILLING);
        if (shippingVersion > 0) {
            throw new StateConflict("SHIPPED", "order " + order.id() + " has shipped; update its tracking number instead");
        }
        requireFulfillment(FulfillmentStatus.F1_PENDING, FulfillmentStatus.F2_PROCESSING);
        if (order.nothingToShip()) {
            throw new StateConflict("NOTHING_TO_SHIP", "every unit of order " + order.id() + " is being refunded");
        }
        requireTracking(command.carrier(), command.trackingNumber());
        apply(new OrderShippedEvent(order.id(), command.carrier(), command.trackingNumber(), 1, command.at()));
        return shippingVersion;
    }

    /** @return the new shipping version */
    @CommandHandler
    long handle(UpdateTrackingNumberCommand command) {
        requireSellerOrAdmin(command.actor());
        if (shippingVersion == 0) {
            throw new StateConflict(order.status().name(), "order " + order.id() + " has not shipped yet");
        }
        order.requireStatus(OrderStatus.FULFILLING);
        if (command.expectedVersion() != shippingVersion) {
            throw new StateConflict("SHIPPING_VERSION_" + shippingVersion, "the tracking number was changed since version "
                    + command.expectedVersion() + "; it is at version " + shippingVersion);
        }
        requireFulfillment(FulfillmentStatus.F1_PENDING, FulfillmentStatus.F2_PROCESSING);
        requireTracking(command.carrier(), command.trackingNumber());
        apply(new TrackingNumberUpdatedEvent(order.id(), command.carrier(), command.trackingNumber(), shippingVersion + 1,
                command.at()));
        return shippingVersion;
    }

    @CommandHandler
    void handle(MarkOrderDeliveredCommand command) {
        if (status == FulfillmentStatus.F4_SUCCESS) {
            return;
        }
        order.requireStatus(OrderStatus.FULFILLING);
        requireFulfillment(FulfillmentStatus.F1_PENDING, FulfillmentStatus.F2_PROCESSING);
        apply(new OrderDeliveredEvent(order.id(), command.at()));
    }

    @CommandHandler
    void handle(FailFulfillmentCommand command) {
        if (status == FulfillmentStatus.F3_FAILED) {
            return;
        }
        order.requireStatus(OrderStatus.FULFILLING);
        requireFulfillment(FulfillmentStatus.F1_PENDING, FulfillmentStatus.F2_PROCESSING);
        apply(new FulfillmentFailedEvent(order.id(), command.reason(), command.at()));
    }

    @CommandHandler
    void handle(ConfirmReceiptCommand command) {
        if (!command.actor().userId().equals(order.buyerId())) {
            throw new ResourceNotFound("no order " + order.id());
        }
        if (order.status() == OrderStatus.COMPLETED) {
            return;
        }
        order.requireStatus(OrderStatus.FULFILLING);
        if (shippingVersion == 0 && status != FulfillmentStatus.F4_SUCCESS) {
            throw new StateConflict(status.name(), "order " + order.id() + " has not shipped yet");
        }
        if (status == FulfillmentStatus.F3_FAILED) {
            throw new StateConflict(status.name(), "order " + order.id() + " failed fulfillment");
        }
        order.complete(CompletionKind.BUYER_CONFIRMED, command.at());
    }

    @CommandHandler
    void handle(AutoConfirmReceiptCommand command) {
        if (order.status() == OrderStatus.COMPLETED) {
            return;
        }
        order.requireStatus(OrderStatus.FULFILLING);
        requireFulfillment(FulfillmentStatus.F4_SUCCESS);
        order.complete(CompletionKind.AUTO_CONFIRMED, command.at());
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        status = FulfillmentStatus.F0_NOT_STARTED;
    }

    @EventSourcingHandler
    void on(FulfillmentStartedEvent event) {
        status = FulfillmentStatus.F1_PENDING;
    }

    @EventSourcingHandler
    void on(FulfillmentAcceptedEvent event) {
        status = FulfillmentStatus.F2_PROCESSING;
    }

    @EventSourcingHandler
    void on(OrderShippedEvent event) {
        shippingVersion = event.shippingVersion();
    }

    @EventSourcingHandler
    void on(TrackingNumberUpdatedEvent event) {
        shippingVersion = event.shippingVersion();
    }

    @EventSourcingHandler
    void on(OrderDeliveredEvent event) {
        status = FulfillmentStatus.F4_SUCCESS;
    }

    @EventSourcingHandler
    void on(FulfillmentFailedEvent event) {
        status = FulfillmentStatus.F3_FAILED;
    }

    private void requireFulfillment(FulfillmentStatus... allowed) {
        StateConflict.requireIn(status, "order " + order.id() + " fulfillment", allowed);
    }

    private void requireSellerOrAdmin(Actor actor) {
        if (!actor.isAdmin() && !actor.userId().equals(order.sellerId())) {
            throw new ResourceNotFound("no order " + order.id());
        }
    }

    private static void requireTracking(String carrier, String trackingNumber) {
        if (carrier == null || carrier.isBlank() || trackingNumber == null || trackingNumber.isBlank()) {
            throw new BusinessRuleViolation("TRACKING_MISSING", "shipping needs a carrier and a tracking number");
        }
    }
}
