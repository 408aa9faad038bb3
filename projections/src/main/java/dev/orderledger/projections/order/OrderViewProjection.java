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
import dev.orderledger.api.order.OrderRejectedEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderShippedEvent;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.TrackingNumberUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** Builds {@link OrderView} rows from the Order aggregate's events. */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
public class OrderViewProjection {

    public static final String PROCESSING_GROUP = "order-views";

    private final OrderViewRepository orders;

    OrderViewProjection(OrderViewRepository orders) {
        this.orders = orders;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @SequenceNumber long sequence) {
        if (orders.existsById(event.orderId().value())) {
            return;
        }
        orders.save(new OrderView(event.orderId(), event.buyerId(), event.sellerId(), event.type(), event.lines(),
                event.totalAmount(), event.shippingAddress(), event.placedAt(), event.paymentDeadline(), event.presale(),
                sequence));
    }

    @EventHandler
    void on(OrderAwaitingPaymentEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.awaitPayment(event.lineDiscounts(), event.discount(), sequence));
    }

    @EventHandler
    void on(OrderCancelledEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.cancel(event.reason(), event.cancelledAt(), sequence));
    }

    @EventHandler
    void on(OrderRejectedEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.cancel(event.reason(), event.at(), sequence));
    }

    @EventHandler
    void on(OrderDepositPaidEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.status(OrderStatus.DEPOSIT_PAID, event.paidAt(), sequence));
    }

    @EventHandler
    void on(OrderPaidEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.paid(event.payOrderId(), event.paidAt(), sequence));
    }

    @EventHandler
    void on(FulfillmentStartedEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.fulfillment(FulfillmentStatus.F1_PENDING, event.at(), sequence));
    }

    @EventHandler
    void on(FulfillmentAcceptedEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.fulfillment(FulfillmentStatus.F2_PROCESSING, event.at(), sequence));
    }

    @EventHandler
    void on(FulfillmentFailedEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.fulfillment(FulfillmentStatus.F3_FAILED, event.at(), sequence));
    }

    @EventHandler
    void on(OrderDeliveredEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.fulfillment(FulfillmentStatus.F4_SUCCESS, event.at(), sequence));
    }

    @EventHandler
    void on(OrderShippedEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.shipping(event.carrier(), event.trackingNumber(),
                event.shippingVersion(), event.at(), sequence));
    }

    @EventHandler
    void on(TrackingNumberUpdatedEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.shipping(event.carrier(), event.trackingNumber(),
                event.shippingVersion(), event.at(), sequence));
    }

    @EventHandler
    void on(OrderCompletedEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.status(OrderStatus.COMPLETED, event.at(), sequence));
    }

    @EventHandler
    void on(OrderClosedEvent event, @SequenceNumber long sequence) {
        update(event.orderId(), sequence, order -> order.status(OrderStatus.CLOSED, event.at(), sequence));
    }

    /** Applies an event to its order's row once: a redelivered or replayed event is skipped. */
    private void update(OrderId orderId, long sequence, Consumer<OrderView> change) {
        orders.findById(orderId.value()).filter(order -> !order.hasApplied(sequence)).ifPresent(change);
    }
}
