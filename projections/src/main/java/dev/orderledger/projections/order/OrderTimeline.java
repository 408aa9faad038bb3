package dev.orderledger.projections.order;

import dev.orderledger.api.order.OrderTimelineEntry.Source;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Writes the orders' timelines: each projection records here the steps its events make, most of
 * them while applying the event to its row once. Each step and each changed row is also told to
 * {@link OrderDocuments}, which writes the documents of the orders concerned.
 */
@Component
class OrderTimeline {

    private static final String EVENT_SUFFIX = "Event";

    private final TimelineRepository entries;
    private final OrderDocuments documents;

    OrderTimeline(TimelineRepository entries, OrderDocuments documents) {
        this.entries = entries;
        this.documents = documents;
    }

    /**
     * Creates the row an event makes, once, and records its step in the timelines of the row's orders.
     * The row is looked up by primary key first (a lookup that does not flush the batch's pending
     * writes) and inserted without being read again; a redelivered or replayed creation changes nothing.
     */
    <V extends SequencedView, R extends CrudRepository<V, String> & NewRows<V>> void createOnce(
            R rows, String id, Source source, EventMessage<?> message, Step step, LongFunction<V> create,
            Function<V, Collection<String>> ordersOf) {
        if (rows.findById(id).isPresent()) {
            return;
        }
        V row = create.apply(EventStamp.of(message).sequence());
        rows.insert(row);
        documents.created(row);
        record(ordersOf.apply(row), source, message, step);
    }

    /** Records the step this event made in the life of each of these orders, under the event's name. */
    private void record(Collection<String> orderIds, Source source, EventMessage<?> message, Step step) {
        EventStamp stamp = EventStamp.of(message);
        String event = message.getPayloadType().getSimpleName();
        String name = event.endsWith(EVENT_SUFFIX) ? event.substring(0, event.length() - EVENT_SUFFIX.length()) : event;
        orderIds.forEach(orderId -> {
            TimelineEntryView entry = new TimelineEntryView(orderId, source, stamp, name, step);
            entries.insert(entry);
            documents.stepped(entry);
        });
    }

    /**
     * Applies an event to the row it concerns once, and records its step in the timelines of the
     * row's orders: a redelivered or replayed event (its sequence number already applied), or one
     * whose row does not exist, changes nothing.
     */
    <V extends SequencedView> void applyOnce(Optional<V> row, Source source, EventMessage<?> message, Step step,
                                             Consumer<V> change, Function<V, Collection<String>> ordersOf) {
        long sequence = EventStamp.of(message).sequence();
        row.filter(view -> !view.hasApplied(sequence)).ifPresent(view -> {
            change.accept(view);
            view.applied(sequence, step.at());
            documents.changed(view);
            record(ordersOf.apply(view), source, message, step);
        });
    }

    /** Forgets every entry from this source, before a rebuild. */
    void forget(Source source) {
        entries.deleteBySource(source);
    }
}
