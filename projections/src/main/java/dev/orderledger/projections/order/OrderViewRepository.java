package dev.orderledger.projections.order;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads and writes of the order view; lists filter it with specifications. */
public interface OrderViewRepository extends JpaRepository<OrderView, String>, JpaSpecificationExecutor<OrderView>,
        NewRows<OrderView> {
}
