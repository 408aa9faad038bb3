package dev.orderledger.api.operations;

/** Asks how the search index's latest rebuild goes, answered with {@link SearchIndexRebuildProgress}. */
public record FindSearchIndexRebuildQuery() {
}
