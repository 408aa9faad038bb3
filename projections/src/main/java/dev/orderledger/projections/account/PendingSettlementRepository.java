package dev.orderledger.projections.account;

import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.projections.order.OrderView;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * A seller's paid orders that are not completed yet, and so not settled, read from the order view
 * (processing group {@code order-views}): how many and what their buyers paid, per currency.
 */
public interface PendingSettlementRepository extends Repository<OrderView, String> {

    @Query("""
            SELECT new dev.orderledger.projections.account.PendingAmount(
                       o.currency, COUNT(o), SUM(o.totalAmount - o.discountAmount))
            FROM OrderView o WHERE o.sellerId = :sellerId AND o.status IN :statuses
            GROUP BY o.currency ORDER BY o.currency""")
    List<PendingAmount> sumsOf(String sellerId, Collection<OrderStatus> statuses);

    default List<PendingAmount> awaitingSettlement(String sellerId) {
        return sumsOf(sellerId, EnumSet.of(OrderStatus.PAID, OrderStatus.FULFILLING));
    }
}
