package dev.orderledger.search;

import dev.orderledger.api.security.UserId;
import java.util.stream.Stream;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.CategoryCreatedEvent;
import dev.orderledger.api.inventory.StockAdjustedEvent;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.ProductStatusChangedEvent;
import dev.orderledger.api.product.ProductTransition;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search processing group hands every event of one product, its SKUs' stock included, to one sequence. */
class SearchProcessingTest {

    private static final ProductId LAMP = ProductId.of("lamp");

    @Test
    void aProductsOwnEventsAndItsSkusStockEventsShareTheProductIdAsSequence() {
        Object shelved = SearchProcessing.BY_PRODUCT.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Product",
                "lamp", 3, new ProductStatusChangedEvent(LAMP, UserId.of("seller"), ProductStatus.AUDIT_APPROVED, ProductStatus.ON_SHELF,
                ProductTransition.PUT_ON_SHELF, null, Instant.EPOCH)));
        Object counted = SearchProcessing.BY_PRODUCT.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Inventory",
                "lamp/white", 7, new StockAdjustedEvent(new SkuRef(LAMP, SkuId.of("white")), -1, "count",
                new StockLevels(9, 0, 0))));

        assertThat(shelved).isEqualTo("lamp").isEqualTo(counted);
    }

    @Test
    void categoriesShareOneSequenceAndOtherEventsKeepTheirAggregates() {
        Object category = SearchProcessing.BY_PRODUCT.getSequenceIdentifierFor(GenericEventMessage.asEventMessage(
                new CategoryCreatedEvent(CategoryId.of("home"), null, "家居", true, ProductType.PHYSICAL, Stream.of("home").map(CategoryId::of).toList())));
        Object other = SearchProcessing.BY_PRODUCT.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Order",
                "order-1", 0, "something else"));

        assertThat(category).isEqualTo(SearchProcessing.CATEGORIES);
        assertThat(other).isEqualTo("order-1");
    }
}
