package dev.orderledger.app.finance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;

/** Replays the journal from the event store and reconciles it: the one entry for HTTP, the command line and tests. */
@Service
public class LedgerReconciliation {

    private final HistoryReplay replay;
    private final ReadModelCheck readModel;
    private final Duration inFlight;

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
        ReplayedHistory history = replay.replay(scope);
        List<Discrepancy> views = scope.table().equals(ReplayScope.EVENT_TABLE) ? readModel.compare(history.ledger()) : List.of();
        return Reconciliation.check(history, scope, views, inFlight);
    }
}
