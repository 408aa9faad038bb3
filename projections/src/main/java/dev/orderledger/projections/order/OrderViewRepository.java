package dev.orderledger.projections.order;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

/** Reads and writes of the order view; lists filter it with specifications. */
public interface OrderViewRepository extends JpaRepository<OrderView, String>, JpaSpecificationExecutor<OrderView> {

    /** An order's readers and its detail document (null before the projection wrote one): one lookup by primary key. */
    @Query("""
            select new dev.orderledger.projections.order.OrderDocument(o.orderId, o.buyerId, o.sellerId, o.detail)
            from OrderView o where o.orderId = :orderId""")
    Optional<OrderDocument> findDocument(String orderId);
}
