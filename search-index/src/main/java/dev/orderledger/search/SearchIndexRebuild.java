package dev.orderledger.search;

import dev.orderledger.api.catalog.CategoryCreatedEvent;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.operations.SearchIndexRebuildProgress;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilds the product index without downtime: creates the next index from the mapping in the
 * repository, folds the whole event history (read from the event store up to its head when the
 * rebuild starts) into documents in memory with the projection's own {@link ProductFolding},
 * loads them in bulk, then moves the alias in one atomic step and deletes the old index. Searches
 * keep answering from the old index until the switch. From the start of the rebuild the live
 * projection writes every update to the new index too (it finds it by its alias, so in whichever
 * ledger instance it runs); external versions make the order of those writes and the bulk load
 * irrelevant, so nothing that happens during the rebuild is lost. One rebuild at a time, waited for (the admin
 * API, the start-up) or in the background (the console), its progress in {@link RebuildProgress}.
 */
@Component
class SearchIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);
    private static final long STALL_SECONDS = 60;

    private final ProductIndex index;
    private final CategoryIndex categories;
    private final EventStore eventStore;
    private final RebuildProgress progress;
    private final AtomicBoolean running = new AtomicBoolean();

    SearchIndexRebuild(ProductIndex index, CategoryIndex categories, EventStore eventStore, RebuildProgress progress) {
        this.index = index;
        this.categories = categories;
        this.eventStore = eventStore;
        this.progress = progress;
    }

    /**
     * What a rebuild did and how fast: events folded, documents indexed (written, or skipped because
     * the live projection had already written a newer version), the products the index refused
     * ({@code <productId>: <reason>}: left out, as the live projection parks them), the time it took in
     * all, for reading and folding the history and for the bulk load, and documents per second over the
     * whole rebuild and over the bulk load.
     */
    record Report(String index, List<String> replaced, long eventsFolded, long documents, long written, long skipped,
                  List<String> refused, long categories, long millis, long foldMillis, long bulkMillis,
                  long documentsPerSecond, long bulkDocumentsPerSecond) {
    }

    /**
     * Rebuilds the index and returns when the alias has moved.
     *
     * @throws StateConflict when a rebuild is running already (here or on another node)
     */
    Report rebuild() {
        claim();
        return run();
    }

    /**
     * Starts a rebuild on {@code executor} and answers at once; {@link RebuildProgress} follows it.
     *
     * @throws StateConflict when a rebuild is running already (here or on another node)
     */
    void start(Executor executor) {
        claim();
        try {
            executor.execute(() -> {
                try {
                    run();
                } catch (RuntimeException failure) {
                    log.error("The rebuild of the product index failed", failure);
                }
            });
        } catch (RuntimeException refused) {
            progress.failed("the rebuild could not start: " + refused.getMessage());
            running.set(false);
            throw refused;
        }
    }

    /**
     * How the latest rebuild goes: this node's, while it runs or once it ended; else one another node runs
     * ({@link SearchIndexRebuildProgress.State#ELSEWHERE}: its index being built is seen by every node).
     */
    SearchIndexRebuildProgress progress() {
        SearchIndexRebuildProgress here = progress.now();
        if (here.running()) {
            return here;
        }
        return index.building().map(elsewhere -> new SearchIndexRebuildProgress(SearchIndexRebuildProgress.State.ELSEWHERE,
                0, 0, 0, null, null, elsewhere, "another node is building index " + elsewhere)).orElse(here);
    }

    /** Takes the one rebuild there may be at a time, or refuses. */
    private void claim() {
        if (!running.compareAndSet(false, true)) {
            throw new StateConflict("REBUILDING", "a rebuild of the search index is running already");
        }
        try {
            Optional<String> unfinished = index.building();
            if (unfinished.isPresent()) {
                throw new StateConflict("REBUILDING", "index " + unfinished.get() + " is being built by another rebuild; "
                        + "if none runs (a ledger stopped during one), delete that index");
            }
        } catch (RuntimeException refused) {
            running.set(false);
            throw refused;
        }
        progress.started();
    }

    private Report run() {
        long started = System.nanoTime();
        boolean switched = false;
        String target = null;
        try {
            target = index.startBuilding();
            progress.building(target);
            log.info("Rebuilding the product index into {}", target);
            long foldStarted = System.nanoTime();
            Folded folded = foldHistory();
            long foldMillis = (System.nanoTime() - foldStarted) / 1_000_000;
            categories.putAll(folded.categories().values());
            progress.loading(folded.products().size());
            long bulkStarted = System.nanoTime();
            ProductBulk.BulkResult loaded = index.bulkPut(target, folded.products().values(), progress::loaded);
            loaded.refused().forEach(refused -> log.warn("The rebuild left out a product the index refused: {}", refused));
            long bulkMillis = Math.max(1, (System.nanoTime() - bulkStarted) / 1_000_000);
            List<String> replaced = index.switchTo(target);
            switched = true;
            replaced.forEach(index::delete);
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            long documents = folded.products().size();
            Report report = new Report(target, replaced, folded.events(), documents, loaded.written(), loaded.skipped(),
                    loaded.refused(), folded.categories().size(), millis, foldMillis, bulkMillis, documents * 1000 / millis,
                    documents * 1000 / bulkMillis);
            log.info("Rebuilt the product index: {}", report);
            progress.done();
            return report;
        } catch (RuntimeException failure) {
            progress.failed(failure.getMessage());
            throw failure;
        } finally {
            if (!switched && target != null) {
                index.delete(target);
            }
            running.set(false);
        }
    }

    /** Whether the event store holds any event at all. */
    boolean hasHistory() {
        return headPosition().isPresent();
    }

    private record Folded(Map<String, ProductDocument> products, Map<String, ProductCategory> categories, long events) {
    }

    /** Folds every product, stock and category event up to the head of the event store as the rebuild starts. */
    private Folded foldHistory() {
        Map<String, ProductDocument> products = new HashMap<>();
        Map<String, ProductCategory> folded = new HashMap<>();
        CategoryDirectory directory = id -> Optional.ofNullable(folded.get(id));
        Optional<Long> head = headPosition();
        long events = 0;
        if (head.isEmpty()) {
            return new Folded(products, folded, 0);
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (true) {
                if (!stream.hasNextAvailable((int) STALL_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the event stream stopped before its head " + head.get());
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (ProductFolding.EVENTS.contains(event.getPayloadType()) && event instanceof DomainEventMessage<?> domain) {
                    events++;
                    progress.folded();
                    fold(domain, products, folded, directory);
                }
                if (event.trackingToken().position().orElse(Long.MAX_VALUE) >= head.get()) {
                    return new Folded(products, folded, events);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event history", e);
        }
    }

    private static void fold(DomainEventMessage<?> event, Map<String, ProductDocument> products,
                             Map<String, ProductCategory> categories, CategoryDirectory directory) {
        Object payload = event.getPayload();
        if (payload instanceof CategoryCreatedEvent created) {
            categories.put(created.categoryId().value(), ProductCategory.of(created));
            return;
        }
        String productId = ProductFolding.productIdOf(payload);
        try {
            ProductFolding.apply(products.get(productId), payload, event.getSequenceNumber(), event.getTimestamp(),
                            directory).ifPresent(document -> products.put(productId, document));
        } catch (IllegalStateException orphan) {
            log.warn("Skipped {} of {} in the rebuild: {}", event.getPayloadType().getSimpleName(), productId,
                    orphan.getMessage());
        }
    }

    private Optional<Long> headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null || head.position().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(head.position().getAsLong());
    }
}
