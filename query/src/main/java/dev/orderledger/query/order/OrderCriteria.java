package dev.orderledger.query.order;

import dev.orderledger.api.order.FindOrdersQuery;
import dev.orderledger.projections.order.OrderView;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;

/** The criteria of a {@link FindOrdersQuery} as a filter of the order view: every criterion given must hold. */
final class OrderCriteria {

    /** Newest placed first; orders placed in the same instant by id, so that pages never overlap. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("placedAt"), Sort.Order.desc("orderId"));

    private OrderCriteria() {
    }

    static Specification<OrderView> of(FindOrdersQuery query) {
        return (order, criteria, builder) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.orderId() != null) {
                all.add(builder.equal(order.get("orderId"), query.orderId().value()));
            }
            if (query.buyerId() != null) {
                all.add(builder.equal(order.get("buyerId"), query.buyerId().value()));
            }
            if (query.sellerId() != null) {
                all.add(builder.equal(order.get("sellerId"), query.sellerId().value()));
            }
            if (query.status() != null) {
                all.add(builder.equal(order.get("status"), query.status()));
            }
            if (query.refundStatus() != null) {
                all.add(builder.equal(order.get("refundStatus"), query.refundStatus()));
            }
            if (query.itemStatus() != null) {
                all.add(builder.like(order.get("itemStatuses"), "%," + query.itemStatus().name() + ",%"));
            }
            if (query.placedFrom() != null) {
                all.add(builder.greaterThanOrEqualTo(order.get("placedAt"), query.placedFrom()));
            }
            if (query.placedUntil() != null) {
                all.add(builder.lessThan(order.get("placedAt"), query.placedUntil()));
            }
            return builder.and(all.toArray(Predicate[]::new));
        };
    }
}
