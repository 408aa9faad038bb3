package dev.orderledger.projections.order;

import dev.orderledger.api.order.OrderTimelineEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads and writes of the orders' timelines. */
public interface TimelineRepository extends JpaRepository<TimelineEntryView, TimelineEntryView.Key>,
        NewRows<TimelineEntryView> {

    /** An order's timeline in the order the ledger recorded its events. */
    List<TimelineEntryView> findByOrderIdOrderByPositionAscOccurredAtAsc(String orderId);

    @Transactional
    @Modifying
    @Query("delete from TimelineEntryView entry where entry.source = :source")
    void deleteBySource(OrderTimelineEntry.Source source);
}
