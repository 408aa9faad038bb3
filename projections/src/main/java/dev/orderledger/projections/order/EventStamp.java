package dev.orderledger.projections.order;

import dev.orderledger.api.common.MetaDataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Where an event stands in the event store and who caused it, as every order view records it:
 * the aggregate and its sequence number (a row skips what it has applied), the global position
 * (the timeline's order; -1 outside a tracking processor) and the acting user from the
 * {@value MetaDataKeys#ACTOR} metadata (null when the event has none). All of it comes from the
 * stored event, so a rebuild records the same.
 */
record EventStamp(String aggregateId, long sequence, long position, String actor) {

    static EventStamp of(EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain)) {
            throw new IllegalArgumentException("the order views are built from aggregates' events, not " + message);
        }
        long position = message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
        Object actor = message.getMetaData().get(MetaDataKeys.ACTOR);
        return new EventStamp(domain.getAggregateIdentifier(), domain.getSequenceNumber(), position,
                actor == null ? null : actor.toString());
    }
}
