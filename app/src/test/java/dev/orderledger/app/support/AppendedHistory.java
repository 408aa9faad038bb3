package dev.orderledger.app.support;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.ProductStatusChangedEvent;
import dev.orderledger.api.product.ProductTransition;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuSpec;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Events appended straight to the real event store, as an aggregate would have recorded them: history
 * written before the API refused what it refuses now (a NUL in a name, a category id longer than any
 * column) is still in the store, and everything that reads the store must live with it.
 */
public final class AppendedHistory {

    private final EventStore events;

    public AppendedHistory(EventStore events) {
        this.events = events;
    }

    /** Appends events of one aggregate, numbered from {@code firstSequence}; returns their identifiers. */
    public List<String> append(String aggregateType, String aggregateId, long firstSequence, Object... payloads) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            messages.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, firstSequence + i, payloads[i]));
        }
        events.publish(messages);
        return messages.stream().map(DomainEventMessage::getIdentifier).toList();
    }

    /** A product's creation and its way onto the shelf, as the Product aggregate records them; returns the event ids. */
    public List<String> productOnShelf(ProductCreatedEvent created) {
        String productId = created.productId().value();
        return append("Product", productId, 0, created, new ProductStatusChangedEvent(created.productId(),
                created.sellerId(), ProductStatus.DRAFT, ProductStatus.ON_SHELF, ProductTransition.PUT_ON_SHELF, null,
                Instant.now()));
    }

    /** A physical product with one SKU ({@code <productId>-sku}, 10.00 CNY) with one sales attribute, and one basic attribute. */
    public static ProductCreatedEvent product(String productId, String categoryId, String name, String description,
                                              String skuName, Attribute basic, Attribute sales) {
        SkuSpec sku = new SkuSpec(SkuId.of(productId + "-sku"), skuName, Money.of("10.00", "CNY"), List.of(sales));
        return new ProductCreatedEvent(ProductId.of(productId), UserId.of("seller-of-" + productId), ProductType.PHYSICAL,
                categoryId == null ? null : CategoryId.of(categoryId), null, null, name, description, List.of(basic), List.of(sku),
                SnapshotId.of("digest-" + productId), null);
    }
}
