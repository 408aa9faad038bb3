package dev.orderledger.api.operations;

import java.time.Instant;

/**
 * How the search index's latest rebuild goes: its state, the events of the history folded so far, the
 * documents loaded into the new index out of the {@code documents} folded (0 until the folding is done), when
 * it started and finished, the index it builds, and a message (why it failed, or which node builds it).
 */
public record SearchIndexRebuildProgress(State state, long eventsFolded, long indexed, long documents, Instant startedAt,
                                         Instant finishedAt, String index, String message) {

    /** No rebuild ran since this node started. */
    public static final SearchIndexRebuildProgress NONE = new SearchIndexRebuildProgress(State.IDLE, 0, 0, 0, null, null,
            null, null);

    public enum State {
        /** No rebuild since this node started. */
        IDLE,
        /** Reading the event history and folding it into documents. */
        FOLDING,
        /** Loading the folded documents into the new index. */
        LOADING,
        /** The new index serves searches. */
        DONE,
        /** The rebuild stopped; the index that served searches still does. */
        FAILED,
        /** Another node is rebuilding the index: its progress shows there. */
        ELSEWHERE
    }

    /** Whether the rebuild still runs (here or on another node). */
    public boolean running() {
        return state == State.FOLDING || state == State.LOADING || state == State.ELSEWHERE;
    }

    /** Percent of the documents loaded, 0 to 100 (0 while folding). */
    public int percent() {
        return documents == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, indexed * 100 / documents);
    }
}
