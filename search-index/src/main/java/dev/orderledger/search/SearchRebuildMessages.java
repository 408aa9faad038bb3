package dev.orderledger.search;

import dev.orderledger.api.operations.FindSearchIndexRebuildQuery;
import dev.orderledger.api.operations.SearchIndexRebuildProgress;
import dev.orderledger.api.operations.StartSearchIndexRebuildCommand;
import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The search index's rebuild as messages of {@code api.operations}, for the console: started in the background
 * on a thread of its own, its progress asked for as often as a page likes ({@link SearchIndexRebuild#progress}, as
 * the admin API reads it too).
 */
@Component
class SearchRebuildMessages {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuildMessages.class);

    private final SearchIndexRebuild rebuild;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-index-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    SearchRebuildMessages(SearchIndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @CommandHandler
    SearchIndexRebuildProgress handle(StartSearchIndexRebuildCommand command) {
        rebuild.start(worker);
        log.info("{} started a rebuild of the search index", command.actor().userId());
        return rebuild.progress();
    }

    @QueryHandler
    SearchIndexRebuildProgress find(FindSearchIndexRebuildQuery query) {
        return rebuild.progress();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
