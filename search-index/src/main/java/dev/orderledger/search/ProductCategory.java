package dev.orderledger.search;

import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.CategoryCreatedEvent;

import java.util.List;

/** A category as search knows it: its name and its path from the root (itself last). Categories never move. */
record ProductCategory(String categoryId, String parentId, String name, List<String> path) {

    static ProductCategory of(CategoryCreatedEvent event) {
        String categoryId = event.categoryId().value();
        List<String> path = event.path() == null || event.path().isEmpty() ? List.of(categoryId)
                : event.path().stream().map(CategoryId::value).toList();
        return new ProductCategory(categoryId, event.parentId() == null ? null : event.parentId().value(), event.name(), path);
    }
}
