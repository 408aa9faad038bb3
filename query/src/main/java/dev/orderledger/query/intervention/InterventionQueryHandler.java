package dev.orderledger.query.intervention;

import dev.orderledger.api.intervention.FindInterventionQuery;
import dev.orderledger.api.intervention.FindInterventionsQuery;
import dev.orderledger.api.intervention.InterventionDetail;
import dev.orderledger.api.intervention.InterventionPage;
import dev.orderledger.api.intervention.InterventionStatus;
import dev.orderledger.projections.intervention.InterventionView;
import dev.orderledger.projections.intervention.InterventionViewRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers the intervention queue's queries from its view, the latest raised first. */
@Component
class InterventionQueryHandler {

    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.asc("id"));

    private final InterventionViewRepository interventions;

    InterventionQueryHandler(InterventionViewRepository interventions) {
        this.interventions = interventions;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    InterventionPage handle(FindInterventionsQuery query) {
        Set<InterventionStatus> statuses = statuses(query.status());
        Pageable page = PageRequest.of(query.page(), query.size(), LATEST_FIRST);
        List<InterventionView> found = query.process() == null
                ? interventions.findByStatusIn(statuses, page)
                : interventions.findByStatusInAndProcess(statuses, query.process(), page);
        return new InterventionPage(query.page(), query.size(), found.stream().map(InterventionView::toDetail).toList());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<InterventionDetail> handle(FindInterventionQuery query) {
        return interventions.findById(query.interventionId().value()).map(InterventionView::toDetail);
    }

    /** No status: all of them; OPEN: every one not resolved yet (a pending retry is still open). */
    private static Set<InterventionStatus> statuses(InterventionStatus status) {
        if (status == null) {
            return EnumSet.allOf(InterventionStatus.class);
        }
        if (status == InterventionStatus.OPEN) {
            return EnumSet.of(InterventionStatus.OPEN, InterventionStatus.RETRY_REQUESTED);
        }
        return EnumSet.of(status);
    }
}
