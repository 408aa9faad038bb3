package dev.orderledger.search;

import dev.orderledger.api.catalog.CategoryCreatedEvent;

import java.util.List;

/** A category as search knows it: its name and its path from the root (itself last). Categories never move. */
record ProductCategory(String categoryId, String parentId, String name, List<String> path) {

    static ProductCategory of(CategoryCreatedEvent event) {
        List<String> path = event.path() == null || event.path().isEmpty() ? List.of(event.categoryId()) : event.path();
        return new ProductCategory(event.categoryId(), event.parentId(), event.name(), path);
    }
}
