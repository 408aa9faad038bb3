package dev.orderledger.projections.order;

import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the content of every item snapshot from the Product aggregate's events, so that an order
 * line shows the item exactly as it was sold. Creation records the first snapshot; a price change
 * records the next one (the current content with the new price) under the digest the event carries.
 * A snapshot id met again (a price changed back) keeps its first record.
 */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
class ItemSnapshotProjection {

    private final ItemSnapshotRepository snapshots;
    private final ItemSnapshotSourceRepository sources;

    ItemSnapshotProjection(ItemSnapshotRepository snapshots, ItemSnapshotSourceRepository sources) {
        this.snapshots = snapshots;
        this.sources = sources;
    }

    @EventHandler
    void on(ProductCreatedEvent event, EventMessage<?> message) {
        if (sources.findById(event.productId().value()).isPresent()) {
            return;
        }
        remember(new ItemSnapshotView(event, message.getTimestamp()));
        sources.insert(new ItemSnapshotSource(event.productId().value(), event.contentDigest().value(),
                EventStamp.of(message).sequence()));
    }

    @EventHandler
    void on(SkuPriceChangedEvent event, EventMessage<?> message) {
        long sequence = EventStamp.of(message).sequence();
        sources.findById(event.productId().value()).filter(source -> !source.hasApplied(sequence)).ifPresent(source -> {
            snapshots.findById(source.snapshotId()).ifPresent(current ->
                    remember(current.withPrice(event.contentDigest().value(), event.skuId(), event.newPrice(), event.at())));
            source.movedTo(event.contentDigest().value(), sequence);
        });
    }

    /** A rebuild starts from nothing. */
    @ResetHandler
    void reset() {
        snapshots.deleteAllInBatch();
        sources.deleteAllInBatch();
    }

    private void remember(ItemSnapshotView snapshot) {
        if (snapshots.findById(snapshot.snapshotId()).isEmpty()) {
            snapshots.insert(snapshot);
        }
    }
}
