package dev.orderledger.projections.order;

import dev.orderledger.api.order.FulfillmentAcceptedEvent;
import dev.orderledger.api.order.FulfillmentFailedEvent;
import dev.orderledger.api.order.FulfillmentStartedEvent;
import dev.orderledger.api.order.FulfillmentStatus;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderClosedEvent;
import dev.orderledger.api.order.OrderCompletedEvent;
import dev.orderledger.api.order.OrderDeliveredEvent;
import dev.orderledger.api.order.OrderDepositPaidEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderRejectedEvent;
import dev.orderledger.api.order.OrderReviewedEvent;
import dev.orderledger.api.order.OrderUnderReviewEvent;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.order.OrderShippedEvent;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderTimelineEntry.Source;
import dev.orderledger.api.order.TrackingNumberUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/**
 * Builds {@link OrderView} rows from the Order aggregate's events, and records each event's step in
 * the order's timeline. Every order view lives in this one processing group, so one token covers
 * them all.
 */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
public class OrderViewProjection {

    public static final String PROCESSING_GROUP = "order-views";

    private final OrderViewRepository orders;
    private final OrderTimeline timeline;

    OrderViewProjection(OrderViewRepository orders, OrderTimeline timeline) {
        this.orders = orders;
        this.timeline = timeline;
    }

    @EventHandler
    void on(OrderPlacedEvent event, EventMessage<?> message) {
        timeline.createOnce(orders, event.orderId().value(), Source.ORDER, message,
                Step.at(event.placedAt()).to(OrderStatus.CREATED).detail(event.type() + " " + event.totalAmount()),
                sequence -> new OrderView(event, sequence), order -> List.of(order.orderId()));
    }

    /** The event carries no time of its own: its step is timed when the event was recorded. */
    @EventHandler
    void on(OrderAwaitingPaymentEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(message.getTimestamp()).to(OrderStatus.PENDING_PAYMENT)
                        .detail("payable " + event.payable()),
                order -> order.awaitPayment(event.lineDiscounts(), event.discount()));
    }

    /** The buyer's timeline says what seed 004 says to tell them: the order awaits confirmation (the rules are for admins). */
    @EventHandler
    void on(OrderUnderReviewEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.at()).to(OrderStatus.UNDER_REVIEW).because("awaiting confirmation"),
                OrderView::underReview);
    }

    @EventHandler
    void on(OrderReviewedEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.at()).because(event.decision() == ReviewDecision.APPROVE
                        ? "confirmed" : "not confirmed"),
                order -> {
                    if (event.paymentDeadline() != null) {
                        order.reviewApproved(event.paymentDeadline());
                    }
                });
    }

    @EventHandler
    void on(OrderCancelledEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.cancelledAt()).to(OrderStatus.CANCELLED).because(event.reason()),
                order -> order.cancel(event.reason(), null, event.cancelledAt()));
    }

    @EventHandler
    void on(OrderRejectedEvent event, EventMessage<?> message) {
        update(event.orderId(), message,
                Step.at(event.at()).to(OrderStatus.CANCELLED).because(event.reason()).detail(event.detail()),
                order -> order.cancel(event.reason(), event.detail(), event.at()));
    }

    @EventHandler
    void on(OrderDepositPaidEvent event, EventMessage<?> message) {
        update(event.orderId(), message,
                Step.at(event.paidAt()).to(OrderStatus.DEPOSIT_PAID).detail(event.payOrderId().value()), OrderView::depositPaid);
    }

    @EventHandler
    void on(OrderPaidEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.paidAt()).to(OrderStatus.PAID).detail(event.payOrderId().value()),
                order -> order.paid(event.payOrderId().value(), event.paidAt()));
    }

    @EventHandler
    void on(FulfillmentStartedEvent event, EventMessage<?> message) {
        update(event.orderId(), message,
                Step.at(event.at()).to(FulfillmentStatus.F1_PENDING).detail(event.fulfillmentReference()),
                order -> order.fulfillmentStarted(event.fulfillmentReference(), event.at()));
    }

    @EventHandler
    void on(FulfillmentAcceptedEvent event, EventMessage<?> message) {
        update(event.orderId(), message,
                Step.at(event.at()).to(FulfillmentStatus.F2_PROCESSING).detail(event.fulfillmentReference()),
                order -> order.fulfillmentAccepted(event.at()));
    }

    @EventHandler
    void on(FulfillmentFailedEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.at()).to(FulfillmentStatus.F3_FAILED).because(event.reason()),
                order -> order.fulfillmentFailed(event.reason(), event.at()));
    }

    @EventHandler
    void on(OrderDeliveredEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.at()).to(FulfillmentStatus.F4_SUCCESS),
                order -> order.delivered(event.at()));
    }

    @EventHandler
    void on(OrderShippedEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.at()).detail(event.carrier() + " " + event.trackingNumber()),
                order -> order.shipped(event.carrier(), event.trackingNumber(), event.shippingVersion(), event.at()));
    }

    @EventHandler
    void on(TrackingNumberUpdatedEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.at()).detail(event.carrier() + " " + event.trackingNumber()
                        + " (shipping version " + event.shippingVersion() + ")"),
                order -> order.trackingUpdated(event.carrier(), event.trackingNumber(), event.shippingVersion(), event.at()));
    }

    @EventHandler
    void on(OrderCompletedEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.at()).to(OrderStatus.COMPLETED).because(event.how()),
                order -> order.completed(event.how(), event.at()));
    }

    @EventHandler
    void on(OrderClosedEvent event, EventMessage<?> message) {
        update(event.orderId(), message, Step.at(event.at()).to(OrderStatus.CLOSED), order -> order.closed(event.at()));
    }

    /** A rebuild starts from nothing: the orders and the steps their own events recorded are forgotten. */
    @ResetHandler
    void reset() {
        orders.deleteAllInBatch();
        timeline.forget(Source.ORDER);
    }

    private void update(OrderId orderId, EventMessage<?> message, Step step, Consumer<OrderView> change) {
        timeline.applyOnce(orders.findById(orderId.value()), Source.ORDER, message, step, change,
                order -> List.of(order.orderId()));
    }
}
