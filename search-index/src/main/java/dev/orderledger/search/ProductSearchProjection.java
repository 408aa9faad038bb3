package dev.orderledger.search;

import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductPutOnShelfEvent;
import dev.orderledger.api.product.ProductStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Feeds the product index from product events; only ON_SHELF documents are returned by search. */
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
    void on(ProductPutOnShelfEvent event, @SequenceNumber long sequence) {
        ProductDocument document = index.find(event.productId().value()).orElseThrow(() ->
                new IllegalStateException("product " + event.productId() + " is not indexed yet"));
        index.put(document.withStatus(ProductStatus.ON_SHELF), sequence);
    }
}
