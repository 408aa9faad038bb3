package dev.orderledger.search;

import dev.orderledger.api.operations.SearchIndexRebuildProgress;
import dev.orderledger.api.operations.SearchIndexRebuildProgress.State;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the search index's latest rebuild on this node goes, as {@link SearchIndexRebuild} reports it step by
 * step: the events folded and the documents loaded are counted as they go, so that an admin watching the
 * console sees the rebuild move.
 */
@Component
class RebuildProgress {

    private final Clock clock;
    private final AtomicLong folded = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private volatile SearchIndexRebuildProgress latest = SearchIndexRebuildProgress.NONE;

    RebuildProgress(Clock clock) {
        this.clock = clock;
    }

    /** The latest rebuild here, with its counts as they are now. */
    SearchIndexRebuildProgress now() {
        SearchIndexRebuildProgress at = latest;
        return new SearchIndexRebuildProgress(at.state(), folded.get(), indexed.get(), at.documents(), at.startedAt(),
                at.finishedAt(), at.index(), at.message());
    }

    void started() {
        folded.set(0);
        indexed.set(0);
        latest = new SearchIndexRebuildProgress(State.FOLDING, 0, 0, 0, clock.instant(), null, null, null);
    }

    void building(String index) {
        latest = with(State.FOLDING, latest.documents(), index, null);
    }

    void folded() {
        folded.incrementAndGet();
    }

    void loading(long documents) {
        latest = with(State.LOADING, documents, latest.index(), null);
    }

    void loaded(long documents) {
        indexed.addAndGet(documents);
    }

    void done() {
        SearchIndexRebuildProgress at = latest;
        latest = new SearchIndexRebuildProgress(State.DONE, 0, 0, at.documents(), at.startedAt(), clock.instant(),
                at.index(), null);
    }

    void failed(String message) {
        SearchIndexRebuildProgress at = latest;
        latest = new SearchIndexRebuildProgress(State.FAILED, 0, 0, at.documents(), at.startedAt(), clock.instant(),
                at.index(), message);
    }

    private SearchIndexRebuildProgress with(State state, long documents, String index, String message) {
        SearchIndexRebuildProgress at = latest;
        return new SearchIndexRebuildProgress(state, 0, 0, documents, at.startedAt(), at.finishedAt(), index, message);
    }
}
