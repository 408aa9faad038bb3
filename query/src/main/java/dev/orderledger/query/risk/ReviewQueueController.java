package dev.orderledger.query.risk;

import dev.orderledger.api.bounds.Paging;
import dev.orderledger.api.risk.FindOrderReviewsQuery;
import dev.orderledger.api.risk.OrderReviewPage;
import dev.orderledger.api.risk.ReviewStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins read the review queue: the orders review rules stopped, the rules that fired, and the decisions. */
@RestController
@Validated
class ReviewQueueController {

    private final QueryGateway queries;

    ReviewQueueController(QueryGateway queries) {
        this.queries = queries;
    }

    /** {@code status=PENDING}: the orders still waiting, the longest waiting first. */
    @GetMapping("/api/admin/reviews")
    @PreAuthorize("hasRole('ADMIN')")
    OrderReviewPage list(@RequestParam(required = false) ReviewStatus status,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Paging.requireWithinDepth(page, size);
        return queries.query(new FindOrderReviewsQuery(status, page, size), ResponseTypes.instanceOf(OrderReviewPage.class)).join();
    }
}
