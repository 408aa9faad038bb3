package dev.orderledger.query.order;

import dev.orderledger.api.order.FindOrderDetailQuery;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.projections.order.OrderViewRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Answers order queries from the order view, showing each order only to its buyer and to admins. */
@Component
class OrderQueryHandler {

    private final OrderViewRepository orders;

    OrderQueryHandler(OrderViewRepository orders) {
        this.orders = orders;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<OrderDetail> handle(FindOrderDetailQuery query) {
        return orders.findById(query.orderId().value())
                .filter(order -> query.requester().isAdmin() || order.buyerId().equals(query.requester().userId()))
                .map(order -> order.toDetail());
    }
}
