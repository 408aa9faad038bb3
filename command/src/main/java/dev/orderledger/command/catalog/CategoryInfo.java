package dev.orderledger.command.catalog;

import dev.orderledger.api.product.ProductType;

import java.util.List;

/** A category as items see it: its path from the root (itself last) and whether its goods are virtual. */
public record CategoryInfo(String categoryId, List<String> path, ProductType goods) {
}
