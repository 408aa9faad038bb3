package dev.orderledger.projections.order;

import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductPresentationChangedEvent;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * Keeps the content of every item snapshot from the Product aggregate's events, so that an order
 * line shows the item exactly as it was sold. Creation records the first snapshot; a price change or a
 * new presentation records the next one (the current content with the new price, or shown anew) under
 * the digest the event carries.
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
        next(event.productId().value(), event.contentDigest().value(), message,
                current -> current.withPrice(event.contentDigest().value(), event.skuId(), event.newPrice(), event.at()));
    }

    @EventHandler
    void on(ProductPresentationChangedEvent event, EventMessage<?> message) {
        next(event.productId().value(), event.contentDigest().value(), message,
                current -> current.withPresentation(event.contentDigest().value(), event.presentation(), event.at()));
    }

    /** The item's next snapshot, made from the one it is at, unless this event was applied before. */
    private void next(String productId, String snapshotId, EventMessage<?> message,
                      UnaryOperator<ItemSnapshotView> change) {
        long sequence = EventStamp.of(message).sequence();
        sources.findById(productId).filter(source -> !source.hasApplied(sequence)).ifPresent(source -> {
            snapshots.findById(source.snapshotId()).ifPresent(current -> remember(change.apply(current)));
            source.movedTo(snapshotId, sequence);
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
