package dev.orderledger.projections.order;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** Reads and writes of the refunds as their orders show them. */
public interface RefundViewRepository extends JpaRepository<RefundView, String>, NewRows<RefundView> {

    /** An order's refunds, oldest first. */
    List<RefundView> findByOrderIdOrderByRequestedAtAscRefundIdAsc(String orderId);
}
