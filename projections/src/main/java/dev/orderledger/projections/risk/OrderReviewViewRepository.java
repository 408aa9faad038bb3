package dev.orderledger.projections.risk;

import dev.orderledger.api.risk.ReviewStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes of the review queue view. */
public interface OrderReviewViewRepository extends JpaRepository<OrderReviewView, String> {

    Page<OrderReviewView> findByStatus(ReviewStatus status, Pageable page);
}
