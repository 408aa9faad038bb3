package dev.orderledger.search;

import dev.orderledger.api.catalog.CategoryCreatedEvent;
import dev.orderledger.api.inventory.ReservedStockDeductedEvent;
import dev.orderledger.api.inventory.StockAdjustedEvent;
import dev.orderledger.api.inventory.StockRebalancedEvent;
import dev.orderledger.api.inventory.StockReceivedEvent;
import dev.orderledger.api.inventory.StockReservationReleasedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.api.inventory.StockRestockedEvent;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductPresentationChangedEvent;
import dev.orderledger.api.product.ProductRatedEvent;
import dev.orderledger.api.product.ProductStatusChangedEvent;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Feeds the product index from product, price, presentation, rating and stock events (and the category index from
 * category events). Each event is folded into the stored document by {@link ProductFolding}: read
 * (a real-time GET), change, write at the new version; a batch of events reads each document once
 * and writes its changes in one bulk request. The processing group's sequencing policy
 * ({@link SearchProcessing}) hands all events of one product to one thread in order, so no two
 * writers race on a document; an event already folded in is skipped, and a stale write is refused
 * by the index. It is never replayed in place: the index is rebuilt into a new index behind the
 * alias ({@link SearchIndexRebuild}), without downtime.
 */
@Component
@DisallowReplay
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
    void on(ProductPresentationChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    @EventHandler
    void on(ProductRatedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
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

    @EventHandler
    void on(StockRebalancedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        fold(event, sequence, timestamp);
    }

    private void fold(Object event, long sequence, Instant timestamp) {
        Batch batch = batch();
        String productId = ProductFolding.productIdOf(event);
        ProductFolding.apply(batch.current(productId), event, sequence, timestamp, categories)
                .ifPresent(batch::change);
    }

    /**
     * The documents a batch of events reads and changes: read together in one real-time multi-get
     * (a product being created has nothing to read), and written in one bulk request as the batch
     * commits, before its token is stored. A failed write fails the batch, which the processor then
     * handles again.
     */
    private final class Batch {

        private final Map<String, Optional<ProductDocument>> documents = new HashMap<>();
        private final Set<String> changed = new LinkedHashSet<>();

        Batch(List<? extends Message<?>> events) {
            Set<String> toRead = new HashSet<>();
            for (Message<?> event : events) {
                if (ProductFolding.EVENTS.contains(event.getPayloadType())) {
                    String productId = ProductFolding.productIdOf(event.getPayload());
                    if (event.getPayload() instanceof ProductCreatedEvent) {
                        documents.putIfAbsent(productId, Optional.empty());
                    } else if (productId != null && !documents.containsKey(productId)) {
                        toRead.add(productId);
                    }
                }
            }
            Map<String, ProductDocument> found = index.findAll(toRead);
            toRead.forEach(productId -> documents.put(productId, Optional.ofNullable(found.get(productId))));
        }

        ProductDocument current(String productId) {
            return documents.computeIfAbsent(productId, index::find).orElse(null);
        }

        void change(ProductDocument document) {
            documents.put(document.productId(), Optional.of(document));
            changed.add(document.productId());
        }

        void write() {
            index.putAll(changed.stream().map(productId -> documents.get(productId).orElseThrow()).toList());
        }
    }

    /**
     * The batch of the unit of work handling the events: the processor's batch, or, when a parked
     * event is handed back on its own, that event's unit of work (nested in the retry's, which carries
     * no event), so that its write fails or succeeds with it.
     */
    private Batch batch() {
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        UnitOfWork<?> unitOfWork = current.root() instanceof BatchingUnitOfWork<?> ? current.root() : current;
        return unitOfWork.getOrComputeResource(Batch.class.getName(), key -> {
            Batch batch = new Batch(unitOfWork instanceof BatchingUnitOfWork<?> batching ? batching.getMessages()
                    : List.of(unitOfWork.getMessage()));
            unitOfWork.onPrepareCommit(committing -> batch.write());
            return batch;
        });
    }
}
