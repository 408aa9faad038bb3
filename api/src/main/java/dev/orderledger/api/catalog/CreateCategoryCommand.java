package dev.orderledger.api.catalog;

import dev.orderledger.api.product.ProductType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a category under a parent (none for a root); storefront categories may differ from back-office
 * ones. {@code goods} says whether its items are physical or virtual (top-ups, vouchers); null inherits the parent's.
 */
public record CreateCategoryCommand(@TargetAggregateIdentifier CategoryId categoryId, CategoryId parentId, String name, boolean storefront, ProductType goods) {
}
