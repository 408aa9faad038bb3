package dev.orderledger.command.catalog;

import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.AttributeId;
import dev.orderledger.api.catalog.CategoryAttributesSetEvent;
import dev.orderledger.api.catalog.CategoryCreatedEvent;
import dev.orderledger.api.catalog.SetCategoryAttributesCommand;
import dev.orderledger.api.product.ProductType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A category: its place in the tree (the path from the root) and the attributes its items have. */
@Aggregate(cache = "aggregateCache")
class Category {

    @AggregateIdentifier
    private CategoryId categoryId;
    private List<CategoryId> path;
    private ProductType goods;
    private List<AttributeId> attributeIds = List.of();

    Category() {
        // for Axon
    }

    Category(CategoryId categoryId, CategoryId parentId, String name, boolean storefront, ProductType goods,
             CategoryInfo parent) {
        List<CategoryId> ownPath = new ArrayList<>(parent == null ? List.of() : parent.path());
        ownPath.add(categoryId);
        ProductType inherited = goods != null ? goods : parent != null ? parent.goods() : ProductType.PHYSICAL;
        apply(new CategoryCreatedEvent(categoryId, parentId, name, storefront, inherited, ownPath));
    }

    CategoryInfo info() {
        return new CategoryInfo(categoryId, path, goods);
    }

    @CommandHandler
    void handle(SetCategoryAttributesCommand command) {
        if (!command.attributeIds().equals(attributeIds)) {
            apply(new CategoryAttributesSetEvent(categoryId, List.copyOf(command.attributeIds())));
        }
    }

    @EventSourcingHandler
    void on(CategoryCreatedEvent event) {
        categoryId = event.categoryId();
        path = event.path();
        goods = event.goods() == null ? ProductType.PHYSICAL : event.goods();
    }

    @EventSourcingHandler
    void on(CategoryAttributesSetEvent event) {
        attributeIds = event.attributeIds();
    }
}
