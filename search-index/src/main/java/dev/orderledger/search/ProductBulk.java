package dev.orderledger.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Bulk requests of product documents at their external versions: the live projection's writes, one
 * request after the other, and the rebuild's load, {@value #REBUILD_BULKS} requests in flight at a
 * time, so that Elasticsearch indexes one on each of its write threads (one per core) while the
 * ledger serialises the next.
 */
@Component
class ProductBulk {

    private static final int BULK_SIZE = 1_000;
    private static final int REBUILD_BULKS = 3;

    private final ElasticsearchClient client;

    ProductBulk(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * What a bulk load did: documents written, documents skipped because the index held a newer version,
     * and documents the index refused ({@code <productId>: <reason>}).
     */
    record BulkResult(long written, long skipped, List<String> refused) {
    }

    /**
     * Live writes: a version the index holds already (or a newer one) is skipped, since events are
     * delivered at least once and the rebuild may have been first.
     */
    BulkResult write(String index, Collection<ProductDocument> documents) {
        List<BulkResult> results = new ArrayList<>();
        for (List<ProductDocument> chunk : chunks(documents)) {
            results.add(send(operations(index, chunk, VersionType.External), ProductIndex.BUILDING.equals(index)));
        }
        return sum(results);
    }

    /**
     * The rebuild's load. Its documents are folded from the event store itself, so one at the version
     * the index holds replaces it ({@code external_gte}): a live write made while a category was not yet
     * known is corrected. A document the index refuses is reported, and the others are loaded. Each bulk
     * request answered tells {@code loaded} how many documents it carried.
     */
    BulkResult load(String index, Collection<ProductDocument> documents, LongConsumer loaded) {
        List<List<ProductDocument>> chunks = chunks(documents);
        ExecutorService senders = Executors.newFixedThreadPool(Math.max(1, Math.min(REBUILD_BULKS, chunks.size())));
        try {
            List<Future<BulkResult>> sent = new ArrayList<>();
            for (List<ProductDocument> chunk : chunks) {
                sent.add(senders.submit(() -> send(operations(index, chunk, VersionType.ExternalGte),
                        ProductIndex.BUILDING.equals(index))));
            }
            List<BulkResult> results = new ArrayList<>();
            for (Future<BulkResult> result : sent) {
                BulkResult answered = result.get();
                results.add(answered);
                loaded.accept(answered.written() + answered.skipped() + answered.refused().size());
            }
            return sum(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + index, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    /**
     * Sends one bulk request. Writes to {@value ProductIndex#BUILDING} require the alias: when the build
     * has just been switched, they fail instead of creating an index of that name, and count as skipped.
     */
    private BulkResult send(List<BulkOperation> operations, boolean toBuilding) {
        try {
            BulkResponse response = client.bulk(request -> request.operations(operations).requireAlias(toBuilding));
            long skipped = 0;
            List<String> refused = new ArrayList<>();
            for (BulkResponseItem item : response.items()) {
                if (item.status() == 409 || toBuilding && item.status() == 404) {
                    skipped++;
                } else if (item.error() != null) {
                    refused.add(item.id() + ": " + item.error().reason());
                }
            }
            return new BulkResult(operations.size() - skipped - refused.size(), skipped, refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<ProductDocument>> chunks(Collection<ProductDocument> documents) {
        List<ProductDocument> all = List.copyOf(documents);
        List<List<ProductDocument>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BULK_SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + BULK_SIZE)));
        }
        return chunks;
    }

    private static List<BulkOperation> operations(String index, List<ProductDocument> documents, VersionType versionType) {
        return documents.stream().map(document -> BulkOperation.of(operation -> operation.index(put -> put.index(index)
                .id(document.productId()).document(document).version(document.version())
                .versionType(versionType)))).toList();
    }

    private static BulkResult sum(List<BulkResult> results) {
        List<String> refused = new ArrayList<>();
        results.forEach(result -> refused.addAll(result.refused()));
        return new BulkResult(results.stream().mapToLong(BulkResult::written).sum(),
                results.stream().mapToLong(BulkResult::skipped).sum(), refused);
    }
}
