package dev.orderledger.app.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Which event a processor failed on, as a person looks it up: its type, the aggregate and sequence
 * number it belongs to, its position in the event store (global index) and its identifier.
 */
public record FailedEvent(String eventId, String eventType, String aggregateId, Long aggregateSequence,
                          Long globalIndex) {

    public static FailedEvent of(EventMessage<?> event) {
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> message ? message : null;
        Long globalIndex = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent() ? tracked.trackingToken().position().getAsLong() : null;
        return new FailedEvent(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getSequenceNumber(),
                globalIndex);
    }

    /** The aggregate the event belongs to, or the event itself when it belongs to none. */
    public String reference() {
        return aggregateId != null ? aggregateId : eventId;
    }

    /** {@code ProductCreatedEvent of p-42 at sequence 0, global index 4711 (event 9f0c...)}. */
    @Override
    public String toString() {
        return eventType + (aggregateId == null ? "" : " of " + aggregateId + " at sequence " + aggregateSequence)
                + (globalIndex == null ? "" : ", global index " + globalIndex) + " (event " + eventId + ")";
    }
}
