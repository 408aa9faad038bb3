package dev.orderledger.app.finance;

import org.springframework.stereotype.Service;

import java.util.List;

/** Replays the journal from the event store and reconciles it: the one entry for HTTP, the command line and tests. */
@Service
public class LedgerReconciliation {

    private final JournalReplay replay;
    private final ReadModelCheck readModel;

    LedgerReconciliation(JournalReplay replay, ReadModelCheck readModel) {
        this.replay = replay;
        this.readModel = readModel;
    }

    /**
     * Replays the events in this scope into a new ledger view and checks it; a replay of the event
     * store itself (not of a copy) is also compared with the account balance read model.
     */
    public ReconciliationReport reconcile(ReplayScope scope) {
        LedgerFold ledger = replay.replay(scope);
        List<Discrepancy> views = scope.table().equals(ReplayScope.EVENT_TABLE) ? readModel.compare(ledger) : List.of();
        return Reconciliation.check(ledger, scope, views);
    }
}
