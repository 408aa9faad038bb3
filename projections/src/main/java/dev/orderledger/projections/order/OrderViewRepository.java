package dev.orderledger.projections.order;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes of the order detail view. */
public interface OrderViewRepository extends JpaRepository<OrderView, String> {
}
