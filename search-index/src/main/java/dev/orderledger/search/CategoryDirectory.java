package dev.orderledger.search;

import java.util.Optional;

/** Where the folding of product events looks up a category: the live index, or the rebuild's own map. */
@FunctionalInterface
interface CategoryDirectory {

    Optional<ProductCategory> find(String categoryId);
}
