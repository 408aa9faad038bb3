package dev.orderledger.search;

import dev.orderledger.api.catalog.CategoryCreatedEvent;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The search processing group handles the events of one product in order on one thread: product
 * events and the inventory events of its SKUs share the product id as sequence key, which makes
 * the read-modify-write of a document safe even when the group is split into segments.
 * Categories share one key of their own.
 */
@Configuration(proxyBeanMethods = false)
class SearchProcessing {

    static final String CATEGORIES = "categories";

    @Autowired
    void sequenceByProduct(EventProcessingConfigurer processing) {
        processing.registerSequencingPolicy(ProductSearchProjection.PROCESSING_GROUP, configuration -> BY_PRODUCT);
    }

    static final SequencingPolicy<EventMessage<?>> BY_PRODUCT = event -> {
        if (CategoryCreatedEvent.class.equals(event.getPayloadType())) {
            return CATEGORIES;
        }
        String productId = ProductFolding.EVENTS.contains(event.getPayloadType())
                ? ProductFolding.productIdOf(event.getPayload()) : null;
        return productId != null ? productId : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    };
}
