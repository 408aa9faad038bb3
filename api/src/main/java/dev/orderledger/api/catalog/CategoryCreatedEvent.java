package dev.orderledger.api.catalog;

import dev.orderledger.api.product.ProductType;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A category exists; {@code path} lists its ancestors from the root, itself last. */
@Revision("1")
public record CategoryCreatedEvent(CategoryId categoryId, CategoryId parentId, String name, boolean storefront, ProductType goods, List<CategoryId> path) {
}
