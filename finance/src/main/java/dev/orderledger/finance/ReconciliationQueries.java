package dev.orderledger.finance;

import dev.orderledger.api.finance.ReconcileQuery;
import dev.orderledger.api.finance.ReconciliationSummary;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link ReconcileQuery} for other modules (the console) with the reconciliation the API runs. */
@Component
class ReconciliationQueries {

    private final LedgerReconciliation reconciliation;

    ReconciliationQueries(LedgerReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @QueryHandler
    ReconciliationSummary handle(ReconcileQuery query) {
        ReconciliationReport report = reconciliation.reconcile(
                new ReplayScope(ReplayScope.EVENT_TABLE, query.upToGlobalIndex(), query.until()));
        return new ReconciliationSummary(report.balanced(), report.events(), report.lastGlobalIndex(), report.accounts(),
                report.transfers(), report.payOrdersPaid(), report.paymentsInFlight(), report.refunds(), report.balanceSums(),
                report.kindSums().stream().map(sum -> new ReconciliationSummary.KindBalance(sum.kind(), sum.currency(),
                        sum.accounts(), sum.sum())).toList(),
                report.discrepancies().stream().map(found -> new ReconciliationSummary.Finding(found.check().name(),
                        found.account(), found.subject(), found.orderReference(), found.transferId(), found.amount(),
                        found.detail())).toList(),
                report.summary());
    }
}
