package dev.orderledger.app.axon;

import dev.orderledger.api.common.IdUnavailable;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Every kind of record shares one event store, keyed by the aggregate identifier alone: a product,
 * a coupon template and a transfer may not share an id. Each aggregate loads only the events of its
 * own type (so another kind's id reads as an unknown id); this interceptor guards the other side.
 * When a unit of work is about to append the first event of a new stream, and that id has a stream
 * already (of another type, or of the same type created earlier), the unit of work is refused with
 * {@link IdUnavailable} before anything is written, instead of failing at commit on the event
 * table's key. Two creations racing for one free id still meet at that key (a concurrent change).
 * It needs the storage engine, so it guards the JDBC store; on Axon Server, which has none to ask,
 * such a creation meets the server's own check and answers as a concurrent change.
 */
final class NewStreamsTakeFreeIds implements MessageDispatchInterceptor<EventMessage<?>> {

    private final EventStorageEngine storage;

    /** The storage itself, not the event store, which also counts the unit of work's own staged events. */
    NewStreamsTakeFreeIds(EventStorageEngine storage) {
        this.storage = storage;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message instanceof DomainEventMessage<?> domain && domain.getSequenceNumber() == 0
                    && domain.getAggregateIdentifier() != null
                    && storage.lastSequenceNumberFor(domain.getAggregateIdentifier()).isPresent()) {
                throw new IdUnavailable();
            }
            return message;
        };
    }
}
