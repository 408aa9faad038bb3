package dev.orderledger.command.refund;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.command.order.OrderRefundsAccess;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.List;

/**
 * The real {@code Order} and {@link Refund} aggregates and the {@link RefundDesk} on an in-memory event
 * store, the order given its history: what the tests of refunds against their order run on.
 */
final class OrderUnderRefund {

    private OrderUnderRefund() {
    }

    /** A started configuration; the caller shuts it down. */
    static Configuration start(OrderId orderId, List<Object> history) {
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Refund.class)
                .configureAggregate(OrderRefundsAccess.orderType())
                .registerCommandHandler(c -> new RefundDesk(c.repository(Refund.class),
                        OrderRefundsAccess.over(c.repository(OrderRefundsAccess.orderType()))))
                .buildConfiguration();
        axon.start();
        for (int i = 0; i < history.size(); i++) {
            axon.eventStore().publish(new GenericDomainEventMessage<>("Order", orderId.value(), i, history.get(i)));
        }
        return axon;
    }

    /** The payloads of one aggregate's events, in order. */
    static List<Object> eventsOf(Configuration axon, String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(event -> (Object) event.getPayload()).toList();
    }
}
