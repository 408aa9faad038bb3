package dev.orderledger.command.order;

import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The order's part of a refund, for the refund handler: set the refunded part aside on the order
 * (in the caller's unit of work), give it back when the refund is finally refused, or record it
 * refunded for good when the refund completes.
 */
@Component
public class OrderRefunds {

    private final Repository<Order> orders;

    OrderRefunds(@Qualifier("orderRepository") Repository<Order> orders) {
        this.orders = orders;
    }

    public RefundOpenedEvent setAside(RequestRefundCommand command) {
        try {
            return orders.load(command.orderId().value()).invoke(order -> order.requestRefund(command));
        } catch (AggregateNotFoundException e) {
            throw new ResourceNotFound("no order " + command.orderId());
        }
    }

    public void release(OrderId orderId, RefundId refundId, Instant at) {
        orders.load(orderId.value()).execute(order -> order.releaseRefund(refundId, at));
    }

    public void finish(OrderId orderId, RefundId refundId, Instant at) {
        orders.load(orderId.value()).execute(order -> order.finishRefund(refundId, at));
    }
}
