package dev.orderledger.console.finance;

import dev.orderledger.api.finance.ReconcileQuery;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.finance.ReconciliationSummary;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.TreeMap;
import java.util.concurrent.CompletionException;

/**
 * Finance's reconciliation in the console, for finance and admins as in the API: a button replays the whole
 * journal and the page shows the report: whether the books balance, the sums of balances per account kind,
 * and each discrepancy with links to the order it names.
 */
@Controller
@PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
class ReconciliationPages {

    static final String RUNNING = "A reconciliation is running already: run it again once it is done.";

    private final QueryGateway queries;

    ReconciliationPages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/console/reconciliation")
    String page() {
        return "console/reconciliation";
    }

    /** Runs it; a reconciliation already running (one at a time) is said on the page, with 409. */
    @PostMapping("/console/reconciliation")
    String run(Model model, HttpServletResponse response) {
        ReconciliationSummary report;
        try {
            report = queries.query(new ReconcileQuery(null, null), ResponseTypes.instanceOf(ReconciliationSummary.class)).join();
        } catch (CompletionException failed) {
            if (!(failed.getCause() instanceof StateConflict)) {
                throw failed;
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refused", RUNNING);
            return "console/reconciliation";
        }
        model.addAttribute("report", report);
        model.addAttribute("sums", new TreeMap<>(report.balanceSums()));
        return "console/reconciliation";
    }
}
