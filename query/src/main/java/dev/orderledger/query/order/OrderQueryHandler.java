package dev.orderledger.query.order;

import dev.orderledger.api.order.FindOrdersQuery;
import dev.orderledger.api.order.FollowOrdersQuery;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderPage;
import dev.orderledger.projections.order.OrderDocumentReader;
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
 * Answers order queries from the order views: the details of orders followed for their changes,
 * shown only to their buyer, their seller and admins (one lookup of the document the projection
 * keeps each, see {@link OrderDocumentReader}), and pages of orders matching a {@link FindOrdersQuery}.
 */
@Component
class OrderQueryHandler {

    private final OrderViewRepository orders;
    private final OrderDocumentReader documents;

    OrderQueryHandler(OrderViewRepository orders, OrderDocumentReader documents) {
        this.orders = orders;
        this.documents = documents;
    }

    /** The initial answer of a subscription to orders' changes: those of the orders that exist and that the requester may read. */
    @QueryHandler
    @Transactional(readOnly = true)
    List<OrderDetail> handle(FollowOrdersQuery query) {
        return query.orderIds().stream().map(orderId -> documents.find(orderId.value())).flatMap(Optional::stream)
                .filter(order -> order.readableBy(query.requester())).map(documents::detail).toList();
    }

    @QueryHandler
    @Transactional(readOnly = true)
    OrderPage handle(FindOrdersQuery query) {
        Page<OrderView> found = orders.findAll(OrderCriteria.of(query),
                PageRequest.of(query.page(), query.size(), OrderCriteria.NEWEST_FIRST));
        return new OrderPage(found.map(OrderView::toSummary).toList(), query.page(), query.size(), found.getTotalElements());
    }
}
