package dev.orderledger.projections.order;

import dev.orderledger.api.order.ItemSnapshot;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderTimelineEntry;
import dev.orderledger.api.payment.PaymentDetail;
import dev.orderledger.api.refund.RefundDetail;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders an order's detail: whole from the views (its row, the item snapshots of its lines, its pay
 * orders, refunds and timeline: five reads), or as the next version of the document it had, with the
 * pay orders, refunds and steps one batch of events changed (no read but the row's), or as the first
 * version of an order placed in that batch. All give the same detail; the projection renders the
 * whole detail only when the document's timeline cannot simply be extended.
 */
@Component
public class OrderDetails {

    private static final Comparator<PaymentDetail> OLDEST_PAYMENT_FIRST =
            Comparator.comparing(PaymentDetail::createdAt).thenComparing(payment -> payment.payOrderId().value());
    private static final Comparator<RefundDetail> OLDEST_REFUND_FIRST =
            Comparator.comparing(RefundDetail::requestedAt).thenComparing(refund -> refund.refundId().value());

    private final ItemSnapshotRepository snapshots;
    private final PaymentViewRepository payments;
    private final RefundViewRepository refunds;
    private final TimelineRepository timelines;

    OrderDetails(ItemSnapshotRepository snapshots, PaymentViewRepository payments, RefundViewRepository refunds,
                 TimelineRepository timelines) {
        this.snapshots = snapshots;
        this.payments = payments;
        this.refunds = refunds;
        this.timelines = timelines;
    }

    /** An order's detail, and the global position of the last step of its timeline (-1 when none has one). */
    public record Rendered(OrderDetail detail, long lastPosition) {
    }

    /** The order's detail as the views hold it. */
    public Rendered whole(OrderView order) {
        String orderId = order.orderId();
        List<TimelineEntryView> steps = timelines.findByOrderIdOrderByPositionAscOccurredAtAsc(orderId);
        Map<String, ItemSnapshotView> items = snapshots.findAllById(
                        order.lines().stream().map(line -> line.snapshotId().value()).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ItemSnapshotView::snapshotId, Function.identity()));
        OrderDetail detail = order.toDetail(line -> Optional.ofNullable(items.get(line.snapshotId().value()))
                        .map(item -> item.forSku(line.skuId())).orElse(null),
                payments.findByOrderId(orderId).stream().map(payment -> payment.toDetail(orderId)).toList(),
                refunds.findByOrderIdOrderByRequestedAtAscRefundIdAsc(orderId).stream().map(RefundView::toDetail).toList(),
                steps.stream().map(TimelineEntryView::toEntry).toList());
        return new Rendered(detail, steps.stream().mapToLong(TimelineEntryView::position).max().orElse(-1));
    }

    /**
     * The next version of the order's detail: the previous one with the order's row as it is now,
     * these pay orders and refunds as they are now (replacing their earlier versions), and these steps
     * after the previous timeline (each later in the event store than every step it holds).
     */
    Rendered next(OrderView order, OrderDetail previous, Collection<PaymentView> changedPayments,
                  Collection<RefundView> changedRefunds, List<TimelineEntryView> steps) {
        Map<Integer, ItemSnapshot> soldAs = new LinkedHashMap<>();
        previous.lines().forEach(line -> soldAs.put(line.lineNo(), line.snapshot()));
        Map<String, PaymentDetail> payOrders = new LinkedHashMap<>();
        previous.payments().forEach(payment -> payOrders.put(payment.payOrderId().value(), payment));
        Map<String, RefundDetail> orderRefunds = new LinkedHashMap<>();
        previous.refunds().forEach(refund -> orderRefunds.put(refund.refundId().value(), refund));
        return render(order, soldAs, payOrders, changedPayments, orderRefunds, changedRefunds,
                new ArrayList<>(previous.timeline()), steps);
    }

    /**
     * The first version of the detail of an order whose row this batch of events created: everything
     * the order has is in the batch (its pay orders, refunds and steps come after its placement), so
     * nothing is read but its lines' snapshots.
     */
    Rendered first(OrderView order, Collection<PaymentView> payments, Collection<RefundView> refunds,
                   List<TimelineEntryView> steps) {
        return render(order, new LinkedHashMap<>(), new LinkedHashMap<>(), payments, new LinkedHashMap<>(), refunds,
                new ArrayList<>(), steps);
    }

    private Rendered render(OrderView order, Map<Integer, ItemSnapshot> soldAs, Map<String, PaymentDetail> payOrders,
                            Collection<PaymentView> changedPayments, Map<String, RefundDetail> orderRefunds,
                            Collection<RefundView> changedRefunds, List<OrderTimelineEntry> timeline,
                            List<TimelineEntryView> steps) {
        String orderId = order.orderId();
        changedPayments.forEach(payment -> payOrders.put(payment.payOrderId(), payment.toDetail(orderId)));
        changedRefunds.forEach(refund -> orderRefunds.put(refund.refundId(), refund.toDetail()));
        steps.forEach(step -> timeline.add(step.toEntry()));
        OrderDetail detail = order.toDetail(
                line -> Optional.ofNullable(soldAs.get(line.lineNo())).orElseGet(() -> snapshotOf(line)),
                payOrders.values().stream().sorted(OLDEST_PAYMENT_FIRST).toList(),
                orderRefunds.values().stream().sorted(OLDEST_REFUND_FIRST).toList(), timeline);
        return new Rendered(detail, steps.isEmpty() ? order.detailPosition() : steps.get(steps.size() - 1).position());
    }

    /** A line whose snapshot the document did not have yet: the view may know it by now. */
    private ItemSnapshot snapshotOf(OrderLine line) {
        return snapshots.findById(line.snapshotId().value()).map(item -> item.forSku(line.skuId())).orElse(null);
    }
}
