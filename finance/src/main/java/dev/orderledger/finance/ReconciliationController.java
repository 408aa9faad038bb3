package dev.orderledger.finance;

import dev.orderledger.api.bounds.InCalendar;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Finance (and admins) replay and reconcile the journal on demand: the whole history, or up to a
 * global index or an instant. The report comes as JSON, or as the text summary for {@code Accept: text/plain}.
 */
@RestController
@RequestMapping("/api/finance/reconciliation")
@PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
class ReconciliationController {

    private static final String NOT_NEGATIVE = "a global index is not negative";

    private final LedgerReconciliation reconciliation;

    ReconciliationController(LedgerReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ReconciliationReport report(@RequestParam(required = false) @Min(value = 0, message = NOT_NEGATIVE) Long upToGlobalIndex,
                                @RequestParam(required = false) @InCalendar Instant until) {
        return reconciliation.reconcile(new ReplayScope(ReplayScope.EVENT_TABLE, upToGlobalIndex, until));
    }

    @PostMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    String summary(@RequestParam(required = false) @Min(value = 0, message = NOT_NEGATIVE) Long upToGlobalIndex,
                   @RequestParam(required = false) @InCalendar Instant until) {
        return report(upToGlobalIndex, until).summary();
    }
}
