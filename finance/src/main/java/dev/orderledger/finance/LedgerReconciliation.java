package dev.orderledger.finance;

import dev.orderledger.api.common.StateConflict;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Replays the history from the event store and reconciles it: the one entry for HTTP, the command
 * line and tests. One replay runs at a time; another asked meanwhile is refused (409) rather than queued.
 */
@Service
public class LedgerReconciliation {

    private final HistoryReplay replay;
    private final ReadModelCheck readModel;
    private final Duration inFlight;
    /** A replay holds what its folds keep in memory; two at once would only compete for it. */
    private final Semaphore oneAtATime = new Semaphore(1);

    LedgerReconciliation(HistoryReplay replay, ReadModelCheck readModel,
                         @Value("${ledger.finance.in-flight:PT10M}") Duration inFlight) {
        this.replay = replay;
        this.readModel = readModel;
        this.inFlight = inFlight;
    }

    /**
     * Replays the events in this scope into a new view of the history and checks it; a replay of the
     * event store itself (not of a copy) is also compared with the account balance read model. A
     * payment made less than {@code ledger.finance.in-flight} (PT10M) before the last event read may
     * still miss journal entries its process has yet to write; it is counted as in flight, not as wrong.
     */
    public ReconciliationReport reconcile(ReplayScope scope) {
        if (!oneAtATime.tryAcquire()) {
            throw new StateConflict("RECONCILIATION_RUNNING", "a replay is running; ask again when it is done");
        }
        try {
            ReplayedHistory history = replay.replay(scope);
            List<Discrepancy> views = scope.table().equals(ReplayScope.EVENT_TABLE) ? readModel.compare(history.ledger()) : List.of();
            return Reconciliation.check(history, scope, views, inFlight);
        } finally {
            oneAtATime.release();
        }
    }
}
