package dev.orderledger.query.order;

import dev.orderledger.api.order.FindOrderDetailQuery;
import dev.orderledger.api.order.FindOrdersQuery;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderPage;
import dev.orderledger.api.security.Actor;
import dev.orderledger.projections.order.ItemSnapshotRepository;
import dev.orderledger.projections.order.ItemSnapshotView;
import dev.orderledger.projections.order.OrderView;
import dev.orderledger.projections.order.OrderViewRepository;
import dev.orderledger.projections.order.PaymentViewRepository;
import dev.orderledger.projections.order.RefundView;
import dev.orderledger.projections.order.RefundViewRepository;
import dev.orderledger.projections.order.TimelineEntryView;
import dev.orderledger.projections.order.TimelineRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers order queries from the order views: one order's detail, shown only to its buyer, its
 * seller and admins, and pages of orders matching a {@link FindOrdersQuery}.
 */
@Component
class OrderQueryHandler {

    private final OrderViewRepository orders;
    private final ItemSnapshotRepository snapshots;
    private final PaymentViewRepository payments;
    private final RefundViewRepository refunds;
    private final TimelineRepository timelines;

    OrderQueryHandler(OrderViewRepository orders, ItemSnapshotRepository snapshots, PaymentViewRepository payments,
                      RefundViewRepository refunds, TimelineRepository timelines) {
        this.orders = orders;
        this.snapshots = snapshots;
        this.payments = payments;
        this.refunds = refunds;
        this.timelines = timelines;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<OrderDetail> handle(FindOrderDetailQuery query) {
        return orders.findById(query.orderId().value())
                .filter(order -> visibleTo(order, query.requester()))
                .map(this::detailOf);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    OrderPage handle(FindOrdersQuery query) {
        Page<OrderView> found = orders.findAll(OrderCriteria.of(query),
                PageRequest.of(query.page(), query.size(), OrderCriteria.NEWEST_FIRST));
        return new OrderPage(found.map(OrderView::toSummary).toList(), query.page(), query.size(), found.getTotalElements());
    }

    /** An order is its buyer's, its seller's and the admins' to read; to anyone else it does not exist. */
    private static boolean visibleTo(OrderView order, Actor requester) {
        return requester.isAdmin() || order.buyerId().equals(requester.userId())
                || order.sellerId().equals(requester.userId());
    }

    private OrderDetail detailOf(OrderView order) {
        String orderId = order.orderId();
        Map<String, ItemSnapshotView> itemSnapshots = snapshots.findAllById(order.snapshotIds()).stream()
                .collect(Collectors.toMap(ItemSnapshotView::snapshotId, Function.identity()));
        return order.toDetail(itemSnapshots,
                payments.findByOrderId(orderId).stream().map(payment -> payment.toDetail(orderId)).toList(),
                refunds.findByOrderIdOrderByRequestedAtAscRefundIdAsc(orderId).stream().map(RefundView::toDetail).toList(),
                timelines.findByOrderIdOrderByPositionAscOccurredAtAsc(orderId).stream().map(TimelineEntryView::toEntry).toList());
    }
}
