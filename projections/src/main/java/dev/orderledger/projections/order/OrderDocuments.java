package dev.orderledger.projections.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.orderledger.api.common.StoredText;
import dev.orderledger.api.order.FollowOrdersQuery;
import dev.orderledger.api.order.OrderChanged;
import dev.orderledger.api.order.OrderDetail;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps each order's whole detail as one document on its {@link OrderView} row, so that reading an
 * order is one lookup by primary key. The order views' handlers say here which orders, pay orders,
 * refunds and steps an event changed; once per unit of work (a batch of events), just before it
 * commits, every order the batch touched gets its next document, in the same transaction as the
 * rest of the views and the processor's token. The document is the JSON a reader is answered with.
 * <p>
 * Whoever follows an order ({@link FollowOrdersQuery}: a placement or payment waiting for its
 * outcome, a client following the order's status) is sent the new detail as an {@link OrderChanged}
 * once the transaction has committed, so that what a follower is told any reader can read; nothing
 * is read or sent for orders nobody follows here. The other nodes hear of the batch's orders through
 * {@link OrderChangeChannel}.
 */
@Component
public class OrderDocuments {

    /** The shape of the documents this code writes: those of another shape are not answered as they are. */
    public static final String SHAPE = DocumentShape.of(OrderDetail.class);

    private static final String BATCH = OrderDocuments.class.getName() + ".batch";

    private final OrderViewRepository orders;
    private final OrderDetails details;
    private final ObjectMapper writer;
    private final ObjectReader reader;
    private final QueryUpdateEmitter updates;
    private volatile Consumer<Collection<String>> announcer = orderIds -> { };

    OrderDocuments(OrderViewRepository orders, OrderDetails details, ObjectMapper json, QueryUpdateEmitter updates) {
        this.orders = orders;
        this.details = details;
        this.updates = updates;
        this.writer = json.copy().registerModule(StoredTimes.module());
        this.reader = json.readerFor(OrderDetail.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The order detail a document holds. */
    public OrderDetail read(String document) {
        try {
            return reader.readValue(document);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("an order document that does not read as an order detail", unreadable);
        }
    }

    /**
     * Who is told, within each batch's transaction, which orders' documents it wrote: the other nodes
     * ({@link OrderChangeChannel}), whose followers this node's emissions do not reach.
     */
    void announceTo(Consumer<Collection<String>> announcer) {
        this.announcer = announcer;
    }

    /** The view of an order, a pay order or a refund changed: the documents of its orders are written again. */
    void changed(SequencedView view) {
        Batch batch = batch();
        if (view instanceof OrderView order) {
            batch.orders.add(order.orderId());
        } else if (view instanceof PaymentView payment) {
            payment.orderIds().forEach(orderId -> {
                batch.orders.add(orderId);
                batch.payments.computeIfAbsent(orderId, id -> new LinkedHashMap<>()).put(payment.payOrderId(), payment);
            });
        } else if (view instanceof RefundView refund) {
            batch.orders.add(refund.orderId());
            batch.refunds.computeIfAbsent(refund.orderId(), id -> new LinkedHashMap<>()).put(refund.refundId(), refund);
        } else {
            throw new IllegalArgumentException("not a view of an order's detail: " + view);
        }
    }

    /** The view of an order was created: its first document is made of this batch's changes alone. */
    void created(SequencedView view) {
        if (view instanceof OrderView order) {
            batch().created.add(order.orderId());
        }
        changed(view);
    }

    /** A step was added to an order's timeline. */
    void stepped(TimelineEntryView step) {
        Batch batch = batch();
        batch.orders.add(step.orderId());
        batch.steps.computeIfAbsent(step.orderId(), id -> new ArrayList<>()).add(step);
    }

    /** What the current unit of work changed so far; the first change registers the writing of the documents. */
    private Batch batch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            Batch batch = new Batch();
            root.onPrepareCommit(unitOfWork -> write(batch, unitOfWork));
            return batch;
        });
    }

    /**
     * Writes the batch's documents, and tells their followers once the unit of work has committed: Axon's
     * emitter holds an update only while a unit of work is in its first phase, and this runs in the next
     * (prepare commit). A follower told before the commit could act on what a reader cannot see yet: a buyer
     * answered "placed" who places again would find the order not placed and wait in vain for a change
     * already sent.
     */
    private void write(Batch batch, UnitOfWork<?> unitOfWork) {
        List<String> written = new ArrayList<>();
        List<OrderChanged> changes = new ArrayList<>();
        for (String orderId : batch.orders) {
            // a pay order or refund whose order the view does not have: nothing to write
            orders.findById(orderId).ifPresent(order -> {
                write(order, batch).ifPresent(changes::add);
                written.add(orderId);
            });
        }
        announcer.accept(written);
        if (!changes.isEmpty()) {
            unitOfWork.afterCommit(committed -> changes.forEach(change ->
                    updates.emit(FollowOrdersQuery.class, query -> query.follows(change), change)));
        }
    }

    /** Writes the order's next document: the change to tell, if anybody here follows the order. */
    private Optional<OrderChanged> write(OrderView order, Batch batch) {
        String orderId = order.orderId();
        List<TimelineEntryView> steps = batch.steps.getOrDefault(orderId, List.of());
        Collection<PaymentView> payments = batch.payments.getOrDefault(orderId, Map.of()).values();
        Collection<RefundView> refunds = batch.refunds.getOrDefault(orderId, Map.of()).values();
        OrderDetails.Rendered next;
        if (order.detail() == null && batch.created.contains(orderId) && inOrder(-1, steps)) {
            next = details.first(order, payments, refunds, steps);
        } else if (order.detail() != null && SHAPE.equals(order.detailShape()) && inOrder(order.detailPosition(), steps)) {
            next = details.next(order, read(order.detail()), payments, refunds, steps);
        } else {
            next = details.whole(order);
        }
        String document = StoredText.cleanJson(json(next.detail()));
        order.detail(document, SHAPE, next.lastPosition());
        order.statusesOf(next.detail());
        if (!followed(orderId)) {
            return Optional.empty();
        }
        return Optional.of(new OrderChanged(read(document), Math.max(0, next.lastPosition())));
    }

    private boolean followed(String orderId) {
        return updates.activeSubscriptions().stream().anyMatch(subscription ->
                subscription.getPayload() instanceof FollowOrdersQuery query
                        && query.orderIds().stream().anyMatch(id -> id.value().equals(orderId)));
    }

    /**
     * The document can be extended when every new step comes after the last one it holds, in order:
     * the timeline is in event store order. A step out of that order (a dead letter retried later, a
     * step handled outside a tracking processor) makes the whole document be read from the views, and
     * so does a document written under another {@link #SHAPE}.
     */
    private static boolean inOrder(long last, List<TimelineEntryView> steps) {
        for (TimelineEntryView step : steps) {
            if (step.position() <= last) {
                return false;
            }
            last = step.position();
        }
        return true;
    }

    private String json(OrderDetail detail) {
        try {
            return writer.writeValueAsString(detail);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("an order detail that does not write as JSON", unwritable);
        }
    }

    /** The orders one unit of work touched, and the pay orders, refunds and steps it changed of each. */
    private static final class Batch {
        private final Set<String> orders = new LinkedHashSet<>();
        private final Set<String> created = new LinkedHashSet<>();
        private final Map<String, Map<String, PaymentView>> payments = new LinkedHashMap<>();
        private final Map<String, Map<String, RefundView>> refunds = new LinkedHashMap<>();
        private final Map<String, List<TimelineEntryView>> steps = new LinkedHashMap<>();
    }
}
