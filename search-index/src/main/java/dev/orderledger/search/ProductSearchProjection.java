package dev.orderledger.search;

import dev.orderledger.api.catalog.CategoryCreatedEvent;
import dev.orderledger.api.inventory.ReservedStockDeductedEvent;
import dev.orderledger.api.inventory.StockAdjustedEvent;
import dev.orderledger.api.inventory.StockReceivedEvent;
import dev.orderledger.api.inventory.StockReservationReleasedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.api.inventory.StockRestockedEvent;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductStatusChangedEvent;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Feeds the product index from product, price and stock events (and the category index from
 * category events). Each event is folded into the stored document by {@link ProductFolding}: read
 * (a real-time GET), change, write at the new version. The processing group's sequencing policy
 * ({@link SearchProcessing}) hands all events of one product to one thread in order, so no two
 * writers race on a document; an event already folded in is skipped, and a stale write is refused
 * by the index.
 */
@Component
@ProcessingGroup(ProductSearchProjection.PROCESSING_GROUP)
class ProductSearchProjection {

    static final String PROCESSING_GROUP = "product-search";

    private final ProductIndex index;
    private final CategoryIndex categories;

    ProductSearchProjection(ProductIndex index, CategoryIndex categories) {
        this.index = index;
        this.categories = categories;
    }

    @EventHandler
    void on(CategoryCreatedEvent event) {
        categories.put(ProductCategory.of(event));
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    @EventHandler
    void on(ProductStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    @EventHandler
    void on(SkuPriceChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    @EventHandler
    void on(StockReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    @EventHandler
    void on(StockReservedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    @EventHandler
    void on(StockReservationReleasedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    @EventHandler
    void on(ReservedStockDeductedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    @EventHandler
    void on(StockAdjustedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    @EventHandler
    void on(StockRestockedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    private void fold(Object event, long sequence, Instant timestamp) {
        ProductDocument current = index.find(ProductFolding.productIdOf(event)).orElse(null);
        ProductFolding.apply(current, event, sequence, timestamp, categories).ifPresent(index::put);
    }
}
