package dev.orderledger.search;

import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductStatusChangedEvent;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * Feeds the product index from product events; only ON_SHELF documents are returned by search.
 * Each write carries the event's sequence number as its version, so a replayed or repeated event
 * cannot overwrite a newer document.
 */
@Component
@ProcessingGroup(ProductSearchProjection.PROCESSING_GROUP)
class ProductSearchProjection {

    static final String PROCESSING_GROUP = "product-search";

    private final ProductIndex index;

    ProductSearchProjection(ProductIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence) {
        index.put(ProductDocument.of(event), sequence);
    }

    @EventHandler
    void on(ProductStatusChangedEvent event, @SequenceNumber long sequence) {
        update(event.productId().value(), sequence, document -> document.withStatus(event.to()));
    }

    @EventHandler
    void on(SkuPriceChangedEvent event, @SequenceNumber long sequence) {
        update(event.productId().value(), sequence, document -> document.withPrice(event.skuId(), event.newPrice()));
    }

    private void update(String productId, long sequence, UnaryOperator<ProductDocument> change) {
        ProductDocument document = index.find(productId).orElseThrow(() ->
                new IllegalStateException("product " + productId + " is not indexed yet"));
        index.put(change.apply(document), sequence);
    }
}
