package dev.orderledger.api.finance;

import java.time.Instant;

/**
 * Asks finance to replay the journal and reconcile it, as {@code POST /api/finance/reconciliation} does: the
 * whole history, or up to a global index or an instant (each null: no bound). Answered with a
 * {@link ReconciliationSummary}. Whoever sends it has checked that the reader is finance or an admin.
 */
public record ReconcileQuery(Long upToGlobalIndex, Instant until) {
}
