package dev.orderledger.query.intervention;

import dev.orderledger.api.intervention.FindInterventionQueueHistoryQuery;
import dev.orderledger.api.intervention.InterventionDetail;
import dev.orderledger.api.intervention.InterventionQueueHistory;
import dev.orderledger.api.intervention.InterventionStatus;
import dev.orderledger.projections.intervention.InterventionView;
import dev.orderledger.projections.intervention.InterventionViewRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers the intervention queue over time from its view: an intervention is open at the end of a day when it was
 * raised before then and is not resolved, or was resolved (its last change) after then. The view keeps an
 * intervention's latest raising only, so one raised again counts from then.
 */
@Component
class InterventionHistoryQueryHandler {

    private final InterventionViewRepository interventions;

    InterventionHistoryQueryHandler(InterventionViewRepository interventions) {
        this.interventions = interventions;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    InterventionQueueHistory handle(FindInterventionQueueHistoryQuery query) {
        List<InterventionDetail> open = interventions.findOpenDuring(endOf(query.from()), endOf(query.to())).stream()
                .map(InterventionView::toDetail).toList();
        List<InterventionQueueHistory.Day> days = new ArrayList<>();
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
            Instant end = endOf(day);
            days.add(new InterventionQueueHistory.Day(day, open.stream().filter(one -> openAt(one, end)).count()));
        }
        return new InterventionQueueHistory(days);
    }

    private static boolean openAt(InterventionDetail intervention, Instant end) {
        return intervention.raisedAt().isBefore(end)
               && (intervention.status() != InterventionStatus.RESOLVED || !intervention.updatedAt().isBefore(end));
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
