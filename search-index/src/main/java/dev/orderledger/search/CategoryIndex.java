package dev.orderledger.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The categories search needs (name and path from the root), in a small index of its own, {@value #INDEX},
 * fed by the same processing group as the products, so the search module needs no other module's
 * tables. Categories never change once created, so each one found is kept in memory.
 */
@Component
class CategoryIndex implements CategoryDirectory {

    static final String INDEX = "product-categories";
    private static final String MAPPING = "/elasticsearch/product-categories.json";

    private final ElasticsearchClient client;
    private final Map<String, ProductCategory> known = new ConcurrentHashMap<>();
    private volatile boolean created;

    CategoryIndex(ElasticsearchClient client) {
        this.client = client;
    }

    @PostConstruct
    void ensureExists() {
        try (InputStream mapping = getClass().getResourceAsStream(MAPPING)) {
            if (!client.indices().exists(request -> request.index(INDEX)).value()) {
                client.indices().create(request -> request.index(INDEX).withJson(mapping));
                created = true;
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the category index", e);
        }
    }

    /** Whether this start created the index: categories created before it must be filled in by a rebuild. */
    boolean createdNow() {
        return created;
    }

    @Override
    public Optional<ProductCategory> find(String categoryId) {
        ProductCategory category = known.get(categoryId);
        if (category != null) {
            return Optional.of(category);
        }
        try {
            Optional<ProductCategory> stored = Optional.ofNullable(client.get(request -> request.index(INDEX).id(categoryId),
                    ProductCategory.class).source());
            stored.ifPresent(found -> known.put(categoryId, found));
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of these categories, for facets; unknown ones are left out. */
    Map<String, String> names(Collection<String> categoryIds) {
        Map<String, String> names = new HashMap<>();
        categoryIds.forEach(id -> find(id).ifPresent(category -> names.put(id, category.name())));
        return names;
    }

    void put(ProductCategory category) {
        putAll(List.of(category));
    }

    /** Stores categories; storing one again changes nothing (a category's first event is its only change here). */
    void putAll(Collection<ProductCategory> categories) {
        if (categories.isEmpty()) {
            return;
        }
        try {
            boolean failed = client.bulk(request -> request.index(INDEX).operations(categories.stream().map(category ->
                    BulkOperation.of(operation -> operation.index(put -> put.id(category.categoryId()).document(category)
                            .version(1L).versionType(VersionType.ExternalGte)))).toList())).errors();
            if (failed) {
                throw new IllegalStateException("could not store categories " + categories);
            }
            categories.forEach(category -> known.put(category.categoryId(), category));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
