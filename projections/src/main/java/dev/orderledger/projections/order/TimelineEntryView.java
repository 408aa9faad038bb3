package dev.orderledger.projections.order;

import dev.orderledger.api.order.OrderTimelineEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an order's timeline: one event of the order, of one of its pay orders or of one of
 * its refunds. Keyed by the order, the event's aggregate and its sequence number, so that saving
 * the same event again changes nothing.
 */
@Entity
@Table(name = "order_timeline")
@IdClass(TimelineEntryView.Key.class)
public class TimelineEntryView {

    @Id
    @Column(name = "order_id")
    private String orderId;
    @Id
    @Column(name = "reference")
    private String reference;
    @Id
    @Column(name = "sequence_number")
    private long sequence;
    /** The event's global position in the event store: the timeline's order. */
    @Column(name = "global_index", nullable = false)
    private long position;
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private OrderTimelineEntry.Source source;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "event", nullable = false)
    private String event;
    @Column(name = "status")
    private String status;
    @Column(name = "actor")
    private String actor;
    @Column(name = "reason")
    private String reason;
    @Column(name = "detail")
    private String detail;

    protected TimelineEntryView() {
        // for JPA
    }

    TimelineEntryView(String orderId, OrderTimelineEntry.Source source, EventStamp stamp, String event, Step step) {
        this.orderId = orderId;
        this.reference = stamp.aggregateId();
        this.sequence = stamp.sequence();
        this.position = stamp.position();
        this.source = source;
        this.occurredAt = step.at();
        this.event = event;
        this.status = step.status();
        this.actor = stamp.actor();
        this.reason = step.reason();
        this.detail = step.detail();
    }

    String orderId() {
        return orderId;
    }

    /** The event's global position; -1 when the event was handled outside a tracking processor. */
    long position() {
        return position;
    }

    public OrderTimelineEntry toEntry() {
        return new OrderTimelineEntry(occurredAt, source, reference, event, status, actor, reason, detail);
    }

    /** The identity of an entry: the order, and the event's aggregate and sequence number. */
    public static class Key implements Serializable {

        private String orderId;
        private String reference;
        private long sequence;

        protected Key() {
            // for JPA
        }

        public Key(String orderId, String reference, long sequence) {
            this.orderId = orderId;
            this.reference = reference;
            this.sequence = sequence;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && sequence == key.sequence && Objects.equals(orderId, key.orderId)
                    && Objects.equals(reference, key.reference);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, reference, sequence);
        }
    }
}
