package dev.orderledger.command.catalog;

import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.product.ProductType;

import java.util.List;

/** A category as items see it: its path from the root (itself last) and whether its goods are virtual. */
public record CategoryInfo(CategoryId categoryId, List<CategoryId> path, ProductType goods) {
}
