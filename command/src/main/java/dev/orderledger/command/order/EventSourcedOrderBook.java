package dev.orderledger.command.order;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.order.OrderId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** The {@link OrderBook} over the event-sourced Order repository. */
@Component
class EventSourcedOrderBook implements OrderBook {

    private final Repository<Order> orders;

    EventSourcedOrderBook(@Qualifier("orderRepository") Repository<Order> orders) {
        this.orders = orders;
    }

    @Override
    public PayableOrder payable(OrderId orderId, java.time.Instant at) {
        try {
            return orders.load(orderId.value()).invoke(order -> order.payable(at));
        } catch (AggregateNotFoundException e) {
            throw new ResourceNotFound("no order " + orderId);
        }
    }
}
