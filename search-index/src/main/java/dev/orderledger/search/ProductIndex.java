package dev.orderledger.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.annotation.PostConstruct;
import org.elasticsearch.client.ResponseException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The product index behind the alias {@code products}. Writes carry the aggregate's sequence number
 * as an external version, so a write older than what the index holds is dropped by Elasticsearch.
 */
@Component
class ProductIndex {

    static final String ALIAS = "products";
    static final String FIRST_INDEX = "products-v1";
    private static final String MAPPING = "/elasticsearch/products.json";

    private final ElasticsearchClient client;

    ProductIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /** Creates the first index and its alias unless the alias exists already. */
    @PostConstruct
    void ensureExists() {
        try {
            if (client.indices().existsAlias(request -> request.name(ALIAS)).value()) {
                return;
            }
            try (InputStream mapping = getClass().getResourceAsStream(MAPPING)) {
                client.indices().create(request -> request.index(FIRST_INDEX).withJson(mapping)
                        .aliases(ALIAS, alias -> alias.isWriteIndex(true)));
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the product index", e);
        }
    }

    Optional<ProductDocument> find(String productId) {
        try {
            GetResponse<ProductDocument> response = client.get(request -> request.index(ALIAS).id(productId),
                    ProductDocument.class);
            return Optional.ofNullable(response.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores the document at this version. A version the index already holds (or a newer one) is a
     * conflict that means the write is already done: events are delivered at least once, and two
     * ledger instances may both deliver one while a segment changes hands.
     */
    void put(ProductDocument document, long version) {
        try {
            client.index(request -> request.index(ALIAS).id(document.productId()).document(document)
                    .versionType(VersionType.External).version(version));
        } catch (ElasticsearchException | IOException e) {
            if (!isVersionConflict(e)) {
                throw e instanceof IOException io ? new UncheckedIOException(io) : (ElasticsearchException) e;
            }
        }
    }

    /** The Java client reports a 409 either as an ElasticsearchException or as the low-level ResponseException. */
    private static boolean isVersionConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ElasticsearchException elastic && elastic.status() == 409) {
                return true;
            }
            if (cause instanceof ResponseException response && response.getResponse().getStatusLine().getStatusCode() == 409) {
                return true;
            }
        }
        return false;
    }

    List<ProductDocument> search(String text, int from, int size) {
        try {
            SearchResponse<ProductDocument> response = client.search(request -> request.index(ALIAS)
                    .from(from).size(size)
                    .query(query -> query.bool(bool -> {
                        bool.filter(filter -> filter.term(term -> term.field("status").value("ON_SHELF")));
                        if (text != null && !text.isBlank()) {
                            bool.must(must -> must.multiMatch(match -> match.query(text)
                                    .fields("name^3", "brand.text^2", "attributes.text", "skus.skuName", "description")));
                        }
                        return bool;
                    }))
                    .sort(sort -> sort.score(score -> score))
                    .sort(sort -> sort.field(field -> field.field("productId"))), ProductDocument.class);
            return response.hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
