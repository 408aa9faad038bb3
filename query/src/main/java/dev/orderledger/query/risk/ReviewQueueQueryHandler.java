package dev.orderledger.query.risk;

import dev.orderledger.api.risk.FindOrderReviewsQuery;
import dev.orderledger.api.risk.OrderReviewPage;
import dev.orderledger.projections.risk.OrderReviewView;
import dev.orderledger.projections.risk.OrderReviewViewRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the review queue from its view, the order waiting longest first. */
@Component
class ReviewQueueQueryHandler {

    private static final Sort LONGEST_WAITING_FIRST = Sort.by(Sort.Order.asc("underReviewAt"), Sort.Order.asc("orderId"));

    private final OrderReviewViewRepository reviews;

    ReviewQueueQueryHandler(OrderReviewViewRepository reviews) {
        this.reviews = reviews;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    OrderReviewPage handle(FindOrderReviewsQuery query) {
        Pageable page = PageRequest.of(query.page(), query.size(), LONGEST_WAITING_FIRST);
        Page<OrderReviewView> found = query.status() == null ? reviews.findAll(page) : reviews.findByStatus(query.status(), page);
        return new OrderReviewPage(found.stream().map(OrderReviewView::toReview).toList(), query.page(), query.size(),
                found.getTotalElements());
    }
}
