package dev.orderledger.query.intervention;

import dev.orderledger.api.bounds.Paging;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.FindInterventionQuery;
import dev.orderledger.api.intervention.FindInterventionsQuery;
import dev.orderledger.api.intervention.InterventionDetail;
import dev.orderledger.api.intervention.InterventionPage;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins read the manual intervention queue: what is stuck, why, and what was done about it. */
@RestController
@RequestMapping("/api/admin/interventions")
class InterventionQueryController {

    private final QueryGateway queries;

    InterventionQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The latest raised first; {@code status=OPEN} lists every intervention not resolved yet. */
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    InterventionPage list(@RequestParam(required = false) InterventionStatus status,
                          @RequestParam(required = false) InterventionProcess process,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Paging.requireWithinDepth(page, size);
        return queries.query(new FindInterventionsQuery(status, process, page, size),
                        ResponseTypes.instanceOf(InterventionPage.class))
                .join();
    }

    @GetMapping("/{interventionId}")
    @PreAuthorize("hasRole('ADMIN')")
    InterventionDetail detail(@PathVariable @Pattern(regexp = Identifiers.INTERVENTION_ID_REGEX) String interventionId) {
        return queries.query(new FindInterventionQuery(InterventionId.of(interventionId)),
                        ResponseTypes.optionalInstanceOf(InterventionDetail.class))
                .join()
                .orElseThrow(() -> new ResourceNotFound("no intervention " + interventionId));
    }
}
