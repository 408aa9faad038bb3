package dev.orderledger.projections.order;

import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Builds {@link OrderView} rows from the Order aggregate's events. */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
class OrderViewProjection {

    static final String PROCESSING_GROUP = "order-views";

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
                event.totalAmount(), event.shippingAddress(), event.placedAt(), event.paymentDeadline(), sequence));
    }

    @EventHandler
    void on(OrderCancelledEvent event, @SequenceNumber long sequence) {
        orders.findById(event.orderId().value())
                .filter(order -> !order.hasApplied(sequence))
                .ifPresent(order -> order.cancel(event.reason(), event.cancelledAt(), sequence));
    }
}
