package dev.orderledger.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product index behind the alias {@value #ALIAS}: one concrete index {@code products-<n>} at a
 * time, made from the mapping in {@code resources/elasticsearch/products.json}. Live writes carry
 * the document's version as an external version, so a write older than (or as old as) what the
 * index holds is dropped by Elasticsearch; while a rebuild fills the next index (behind the alias
 * {@value #BUILDING}), every live write goes to that index as well.
 */
@Component
class ProductIndex {

    static final String ALIAS = "products";
    static final String BUILDING = "products-building";
    static final String MAPPING = "/elasticsearch/products.json";
    private static final Pattern NUMBERED = Pattern.compile("products-(\\d+)");
    private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);

    private final ElasticsearchClient client;
    private final ProductBulk bulk;
    private final int mappingVersion;
    private final String refreshInterval;
    private volatile boolean outdated;
    private volatile boolean createdNow;

    ProductIndex(ElasticsearchClient client, ProductBulk bulk) {
        this.client = client;
        this.bulk = bulk;
        JsonNode mapping = readMapping();
        this.mappingVersion = mapping.at("/mappings/_meta/mappingVersion").asInt();
        this.refreshInterval = mapping.at("/settings/refresh_interval").asText("1s");
    }

    /**
     * Creates the first index and its alias unless the alias exists already; an index made from an
     * older mapping is marked outdated, to be rebuilt at start-up.
     */
    @PostConstruct
    void ensureExists() {
        try {
            if (!client.indices().existsAlias(request -> request.name(ALIAS)).value()) {
                String first = nextIndexName();
                create(first);
                client.indices().updateAliases(request -> request.actions(action -> action.add(add -> add
                        .index(first).alias(ALIAS).isWriteIndex(true))));
                createdNow = true;
                return;
            }
            JsonData version = client.indices().getMapping(request -> request.index(ALIAS)).result().values().stream()
                    .findFirst().map(mapping -> mapping.mappings().meta().get("mappingVersion")).orElse(null);
            outdated = version == null || version.to(Integer.class) != mappingVersion;
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the product index", e);
        }
    }

    /** Whether the index behind the alias was made from an older mapping than the one in the repository. */
    boolean outdated() {
        return outdated;
    }

    /** Whether this start created the first index: events from before it must be folded in by a rebuild. */
    boolean createdNow() {
        return createdNow;
    }

    /** The stored documents of these products (real-time, as a GET reads them); absent ones are left out. */
    Map<String, ProductDocument> findAll(Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, ProductDocument> found = new HashMap<>();
            for (MultiGetResponseItem<ProductDocument> item : client.mget(request -> request.index(ALIAS)
                    .ids(List.copyOf(productIds)), ProductDocument.class).docs()) {
                if (item.isFailure()) {
                    throw new IllegalStateException("cannot read " + item.failure().id() + ": " + item.failure().error().reason());
                }
                if (item.result().found() && item.result().source() != null) {
                    found.put(item.result().id(), item.result().source());
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<ProductDocument> find(String productId) {
        try {
            return Optional.ofNullable(client.get(request -> request.index(ALIAS).id(productId), ProductDocument.class)
                    .source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores documents at their versions behind the alias, and first in the index being built if
     * there is one (any ledger instance may be rebuilding, so that index is found by its alias
     * {@value #BUILDING}). A version the index already holds (or a newer one) is a conflict that
     * means the write is done already: events are delivered at least once, and the rebuild may have
     * been first. The switch moves {@value #ALIAS} to the built index and removes {@value #BUILDING}
     * in one step, so a write either reaches the built index through both aliases or, once the
     * switch is done, through {@value #ALIAS}.
     */
    void putAll(Collection<ProductDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<String> refused = new ArrayList<>();
        if (exists(BUILDING)) {
            refused.addAll(bulk.write(BUILDING, documents).refused());
        }
        refused.addAll(bulk.write(ALIAS, documents).refused());
        if (!refused.isEmpty()) {
            throw new IllegalStateException("bulk indexing failed for " + String.join("; ", refused));
        }
    }

    /**
     * Loads the rebuild's documents into the index being built, several bulk requests in flight
     * ({@link ProductBulk#load}).
     */
    ProductBulk.BulkResult bulkPut(String index, Collection<ProductDocument> documents, LongConsumer loaded) {
        return bulk.load(index, documents, loaded);
    }

    /** The index being built, if a rebuild runs (here or in another ledger instance). */
    Optional<String> building() {
        try {
            if (!exists(BUILDING)) {
                return Optional.empty();
            }
            return client.indices().getAlias(request -> request.name(BUILDING)).result().keySet().stream().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean exists(String alias) {
        try {
            return client.indices().existsAlias(request -> request.name(alias)).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the next numbered index from the mapping, without refreshes while it is being filled
     * (nobody searches it yet), behind the alias {@value #BUILDING}: live writes go to it as well
     * from now on.
     */
    String startBuilding() {
        String next = nextIndexName();
        create(next);
        try {
            refreshEvery(next, "-1");
            client.indices().updateAliases(request -> request.actions(action -> action.add(add -> add.index(next)
                    .alias(BUILDING))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return next;
    }

    /**
     * Points the alias at the built index and takes {@value #BUILDING} off it in one atomic step;
     * returns the indices the alias left.
     */
    List<String> switchTo(String index) {
        try {
            Set<String> previous = client.indices().getAlias(request -> request.name(ALIAS)).result().keySet();
            refreshEvery(index, refreshInterval);
            client.indices().refresh(request -> request.index(index));
            client.indices().updateAliases(request -> {
                previous.forEach(old -> request.actions(action -> action.remove(remove -> remove.index(old).alias(ALIAS))));
                request.actions(action -> action.remove(remove -> remove.index(index).alias(BUILDING)));
                return request.actions(action -> action.add(add -> add.index(index).alias(ALIAS).isWriteIndex(true)));
            });
            outdated = false;
            return List.copyOf(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String index) {
        try {
            client.indices().delete(request -> request.index(index).ignoreUnavailable(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ElasticsearchException e) {
            log.warn("Could not delete index {}: {}", index, e.getMessage());
        }
    }

    /** The concrete index the alias points at. */
    String current() {
        try {
            return client.indices().getAlias(request -> request.name(ALIAS)).result().keySet().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshEvery(String index, String interval) throws IOException {
        client.indices().putSettings(request -> request.index(index).settings(settings -> settings
                .refreshInterval(time -> time.time(interval))));
    }

    private void create(String index) {
        try (InputStream mapping = getClass().getResourceAsStream(MAPPING)) {
            client.indices().create(request -> request.index(index).withJson(mapping));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the product index " + index, e);
        }
    }

    /** {@code products-<n>}, one more than the highest number in use. */
    private String nextIndexName() {
        try {
            long highest = 0;
            for (String name : client.indices().get(request -> request.index("products-*")).result().keySet()) {
                Matcher numbered = NUMBERED.matcher(name);
                if (numbered.matches()) {
                    highest = Math.max(highest, Long.parseLong(numbered.group(1)));
                }
            }
            return "products-" + (highest + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readMapping() {
        try (InputStream mapping = ProductIndex.class.getResourceAsStream(MAPPING)) {
            return new ObjectMapper().readTree(mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MAPPING, e);
        }
    }
}
