/**
 * Messages of operating the ledger's read side, for admins: each projection's position and lag and its dead
 * letters ({@link dev.orderledger.api.operations.FindProjectionsQuery},
 * {@link dev.orderledger.api.operations.FindDeadLettersQuery}), retrying and dropping them, and the search index's
 * rebuild and its progress. The assembly answers them with the same operations its admin API uses.
 */
package dev.orderledger.api.operations;
