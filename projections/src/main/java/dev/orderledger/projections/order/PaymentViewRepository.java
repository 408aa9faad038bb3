package dev.orderledger.projections.order;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** Reads and writes of the pay orders as their orders show them. */
public interface PaymentViewRepository extends JpaRepository<PaymentView, String>, NewRows<PaymentView> {

    /** The pay orders that charge this order, oldest first. */
    @Query("""
            select payment from PaymentView payment join payment.charges charge
            where charge.orderId = :orderId
            order by payment.createdAt, payment.payOrderId""")
    List<PaymentView> findByOrderId(String orderId);
}
