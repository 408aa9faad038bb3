package dev.orderledger.api.catalog;

import dev.orderledger.api.product.ProductType;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A category exists; {@code path} lists its ancestors from the root, itself last. */
@Revision("1")
public record CategoryCreatedEvent(String categoryId, String parentId, String name, boolean storefront, ProductType goods, List<String> path) {
}
