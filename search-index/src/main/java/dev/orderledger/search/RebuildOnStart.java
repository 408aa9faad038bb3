package dev.orderledger.search;

import dev.orderledger.api.common.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the product index as the application starts when asked to ({@code --ledger.search.rebuild=true}),
 * when the index was made from an older mapping, or when an index had to be created although the
 * event store already has a history (a new or wiped Elasticsearch next to an existing ledger).
 */
@Component
class RebuildOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);

    private final SearchIndexRebuild rebuild;
    private final ProductIndex index;
    private final CategoryIndex categories;
    private final boolean requested;

    RebuildOnStart(SearchIndexRebuild rebuild, ProductIndex index, CategoryIndex categories,
                   @Value("${ledger.search.rebuild:false}") boolean requested) {
        this.rebuild = rebuild;
        this.index = index;
        this.categories = categories;
        this.requested = requested;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String reason = requested ? "it was asked for (ledger.search.rebuild)"
                : index.outdated() ? "the index has an older mapping"
                : (index.createdNow() || categories.createdNow()) && rebuild.hasHistory()
                ? "the search indices are new but the ledger has a history" : null;
        if (reason != null) {
            log.info("Rebuilding the search index at start-up: {}", reason);
            try {
                rebuild.rebuild();
            } catch (StateConflict running) {
                log.warn("No rebuild at start-up: {}", running.getMessage());
            }
        }
    }
}
