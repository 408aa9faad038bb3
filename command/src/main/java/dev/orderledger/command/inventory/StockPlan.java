package dev.orderledger.command.inventory;

import dev.orderledger.api.inventory.StockBucketsSetEvent;
import dev.orderledger.api.inventory.StockPlanId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Into how many buckets a hot SKU's stock is split ({@code productId/skuId#plan}). A SKU that was
 * never marked hot has no plan and one bucket. The stream is short (one event per change), so
 * {@link StockBuckets} reads it from the event store on every reservation without taking a lock.
 */
@Aggregate(cache = "aggregateCache")
class StockPlan {

    @AggregateIdentifier
    private String id;

    StockPlan() {
        // for Axon
    }

    void split(SkuRef sku, int buckets) {
        apply(new StockBucketsSetEvent(sku, buckets));
    }

    @EventSourcingHandler
    void on(StockBucketsSetEvent event) {
        id = StockPlanId.of(event.sku());
    }
}
