package dev.orderledger.projections.order;

import dev.orderledger.api.order.OrderTimelineEntry.Source;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.Collection;

/** Writes the orders' timelines: each projection records here the steps its events make. */
@Component
class OrderTimeline {

    private static final String EVENT_SUFFIX = "Event";

    private final TimelineRepository entries;

    OrderTimeline(TimelineRepository entries) {
        this.entries = entries;
    }

    /** Records the step this event made in the life of each of these orders, under the event's name. */
    void record(Collection<String> orderIds, Source source, EventMessage<?> message, Step step) {
        EventStamp stamp = EventStamp.of(message);
        String event = message.getPayloadType().getSimpleName();
        String name = event.endsWith(EVENT_SUFFIX) ? event.substring(0, event.length() - EVENT_SUFFIX.length()) : event;
        orderIds.forEach(orderId -> entries.save(new TimelineEntryView(orderId, source, stamp, name, step)));
    }

    /** Forgets every entry from this source, before a rebuild. */
    void forget(Source source) {
        entries.deleteBySource(source);
    }
}
