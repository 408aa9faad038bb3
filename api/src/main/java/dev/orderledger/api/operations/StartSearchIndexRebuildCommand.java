package dev.orderledger.api.operations;

import dev.orderledger.api.security.Actor;

/**
 * An admin starts a rebuild of the search index in the background; answered at once with its
 * {@link SearchIndexRebuildProgress}. While a rebuild runs (on any node) another is refused with a state
 * conflict.
 */
public record StartSearchIndexRebuildCommand(Actor actor) {
}
