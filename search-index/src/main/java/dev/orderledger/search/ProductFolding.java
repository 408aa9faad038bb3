package dev.orderledger.search;

import dev.orderledger.api.catalog.CategoryCreatedEvent;
import dev.orderledger.api.inventory.ReservedStockDeductedEvent;
import dev.orderledger.api.inventory.StockAdjustedEvent;
import dev.orderledger.api.inventory.StockMovement;
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

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * How product, price, presentation, rating and stock events change a {@link ProductDocument}: the one piece of logic that
 * both the live projection and the rebuild run. Each event belongs to one source aggregate (the
 * product, or one bucket of one SKU's inventory); an event whose sequence number the document already
 * holds for that source is recognised as applied and changes nothing, so repeated and replayed events
 * are harmless and the document's version only grows. A stock event adds its change to the SKU's
 * levels, so that a hot SKU's buckets add up (ADR 0015).
 */
final class ProductFolding {

    /** The events that change product documents, and the category events their paths come from. */
    static final Set<Class<?>> EVENTS = Set.of(ProductCreatedEvent.class, ProductStatusChangedEvent.class,
            SkuPriceChangedEvent.class, ProductPresentationChangedEvent.class, ProductRatedEvent.class,
            StockReceivedEvent.class, StockReservedEvent.class, StockReservationReleasedEvent.class,
            ReservedStockDeductedEvent.class, StockAdjustedEvent.class, StockRestockedEvent.class, StockRebalancedEvent.class,
            CategoryCreatedEvent.class);

    private ProductFolding() {
    }

    /**
     * The document after this event, or empty when the event is already in it (or is not about a
     * product document at all).
     *
     * @param current   the document as stored, null when there is none yet
     * @param event     the event's payload
     * @param sequence  its sequence number in its aggregate
     * @param timestamp when it happened
     * @throws IllegalStateException for a change to a product that was never created
     */
    static Optional<ProductDocument> apply(ProductDocument current, Object event, long sequence, Instant timestamp,
                                           CategoryDirectory categories) {
        String source = sourceOf(event);
        if (source == null || (current != null && current.hasApplied(source, sequence))) {
            return Optional.empty();
        }
        if (event instanceof ProductCreatedEvent created) {
            return Optional.of(ProductDocument.created(created, timestamp, categories).withApplied(source, sequence));
        }
        if (current == null) {
            throw new IllegalStateException("product " + productIdOf(event) + " is not indexed yet");
        }
        ProductDocument changed;
        if (event instanceof ProductStatusChangedEvent status) {
            changed = current.withStatus(status.to());
        } else if (event instanceof SkuPriceChangedEvent price) {
            changed = current.withPrice(price.skuId(), price.newPrice());
        } else if (event instanceof ProductPresentationChangedEvent presented) {
            changed = current.withPresentation(presented.presentation());
        } else if (event instanceof ProductRatedEvent rated) {
            changed = current.withRating(rated.rating());
        } else {
            StockMovement stock = stockChangeOf(event);
            changed = current.withStockChange(stock.sku().skuId(), stock.change());
        }
        return Optional.of(changed.withApplied(source, sequence));
    }

    /** The product whose document the event changes (the sequencing key of the projection), or null. */
    static String productIdOf(Object event) {
        if (event instanceof ProductCreatedEvent created) {
            return created.productId().value();
        }
        if (event instanceof ProductStatusChangedEvent status) {
            return status.productId().value();
        }
        if (event instanceof SkuPriceChangedEvent price) {
            return price.productId().value();
        }
        if (event instanceof ProductPresentationChangedEvent presented) {
            return presented.productId().value();
        }
        if (event instanceof ProductRatedEvent rated) {
            return rated.productId().value();
        }
        StockMovement stock = stockChangeOf(event);
        return stock == null ? null : stock.sku().productId().value();
    }

    /** The source aggregate inside the document: the product itself, or one bucket of one SKU's inventory. */
    static String sourceOf(Object event) {
        if (event instanceof ProductCreatedEvent || event instanceof ProductStatusChangedEvent
                || event instanceof SkuPriceChangedEvent || event instanceof ProductPresentationChangedEvent
                || event instanceof ProductRatedEvent) {
            return ProductDocument.PRODUCT_SOURCE;
        }
        StockMovement stock = stockChangeOf(event);
        return stock == null ? null : "stock/" + stock.sku().skuId().value() + (stock.bucket() == 0 ? "" : "#" + stock.bucket());
    }

    /** A stock event's SKU and bucket and what it changed, or null for any other event. */
    private static StockMovement stockChangeOf(Object event) {
        return event instanceof StockMovement movement ? movement : null;
    }
}
