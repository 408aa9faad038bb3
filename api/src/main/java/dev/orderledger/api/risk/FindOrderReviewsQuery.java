package dev.orderledger.api.risk;

/** The review queue, answered by an {@link OrderReviewPage}; no status: every order ever reviewed. */
public record FindOrderReviewsQuery(ReviewStatus status, int page, int size) {
}
