package dev.orderledger.app.finance;

import org.springframework.stereotype.Service;

/** Replays the journal from the event store and reconciles it: the one entry for HTTP, the command line and tests. */
@Service
public class LedgerReconciliation {

    private final JournalReplay replay;

    LedgerReconciliation(JournalReplay replay) {
        this.replay = replay;
    }

    /** Replays the events in this scope into a new ledger view and checks it. */
    public ReconciliationReport reconcile(ReplayScope scope) {
        return Reconciliation.check(replay.replay(scope), scope);
    }
}
