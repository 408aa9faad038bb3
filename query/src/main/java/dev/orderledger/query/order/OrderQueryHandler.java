package dev.orderledger.query.order;

import dev.orderledger.api.order.FindOrderDetailQuery;
import dev.orderledger.api.order.FindOrdersQuery;
import dev.orderledger.api.order.FollowOrdersQuery;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderPage;
import dev.orderledger.api.security.Actor;
import dev.orderledger.projections.order.OrderDetails;
import dev.orderledger.projections.order.OrderDocument;
import dev.orderledger.projections.order.OrderDocuments;
import dev.orderledger.projections.order.OrderView;
import dev.orderledger.projections.order.OrderViewRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Answers order queries from the order views: one order's detail, shown only to its buyer, its
 * seller and admins (one lookup of the document the projection keeps, see {@link OrderDocuments}),
 * and pages of orders matching a {@link FindOrdersQuery}.
 */
@Component
class OrderQueryHandler {

    private final OrderViewRepository orders;
    private final OrderDocuments documents;
    private final OrderDetails details;

    OrderQueryHandler(OrderViewRepository orders, OrderDocuments documents, OrderDetails details) {
        this.orders = orders;
        this.documents = documents;
        this.details = details;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<OrderDetail> handle(FindOrderDetailQuery query) {
        return orders.findDocument(query.orderId().value())
                .filter(order -> visibleTo(order, query.requester()))
                .map(this::detailOf);
    }

    /** The initial answer of a subscription to orders' changes: those of the orders that exist and that the requester may read. */
    @QueryHandler
    @Transactional(readOnly = true)
    List<OrderDetail> handle(FollowOrdersQuery query) {
        return query.orderIds().stream().map(orderId -> orders.findDocument(orderId.value())).flatMap(Optional::stream)
                .filter(order -> visibleTo(order, query.requester())).map(this::detailOf).toList();
    }

    @QueryHandler
    @Transactional(readOnly = true)
    OrderPage handle(FindOrdersQuery query) {
        Page<OrderView> found = orders.findAll(OrderCriteria.of(query),
                PageRequest.of(query.page(), query.size(), OrderCriteria.NEWEST_FIRST));
        return new OrderPage(found.map(OrderView::toSummary).toList(), query.page(), query.size(), found.getTotalElements());
    }

    /** An order is its buyer's, its seller's and the admins' to read; to anyone else it does not exist. */
    private static boolean visibleTo(OrderDocument order, Actor requester) {
        return requester.isAdmin() || order.buyerId().equals(requester.userId())
                || order.sellerId().equals(requester.userId());
    }

    /** The document; a row from before documents were kept is rendered from the views until its order changes. */
    private OrderDetail detailOf(OrderDocument order) {
        if (order.detail() != null) {
            return documents.read(order.detail());
        }
        return orders.findById(order.orderId()).map(view -> details.whole(view).detail()).orElseThrow();
    }
}
