package dev.orderledger.console.intervention;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.intervention.FindInterventionQueueHistoryQuery;
import dev.orderledger.api.intervention.FindInterventionsQuery;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionPage;
import dev.orderledger.api.intervention.InterventionQueueHistory;
import dev.orderledger.api.intervention.InterventionStatus;
import dev.orderledger.api.intervention.ResolveInterventionCommand;
import dev.orderledger.api.intervention.RetryInterventionCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.console.Outcomes;
import dev.orderledger.console.chart.SvgChart;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The manual intervention queue in the console, for admins as in the API: the interventions by status,
 * and for each open one a retry (the process tries again) or a resolution by hand with a note. The outcome
 * of an action is told on the list it returns to, named in its address (no session keeps it, so any node
 * can show it). Above the list, the queue over the last {@value #HISTORY_DAYS} days: open interventions per day.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class InterventionPages {

    private static final Pattern ID = Pattern.compile(Identifiers.INTERVENTION_ID_REGEX);
    private static final int NOTE_LENGTH = 500;
    static final int HISTORY_DAYS = 30;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;

    InterventionPages(QueryGateway queries, CommandGateway commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/console/interventions")
    String queue(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(required = false) String done,
                 @RequestParam(required = false) String refused, @RequestParam(required = false) String id, Model model) {
        InterventionStatus shown = Outcomes.named(InterventionStatus.class, status, InterventionStatus.OPEN);
        model.addAttribute("status", shown);
        model.addAttribute("statuses", InterventionStatus.values());
        model.addAttribute("queue", queries.query(new FindInterventionsQuery(shown, null, 0, 100),
                ResponseTypes.instanceOf(InterventionPage.class)).join());
        history(model);
        String which = id != null && ID.matcher(id).matches() ? id : "The intervention";
        if ("retry".equals(done)) {
            model.addAttribute("done", "Retry asked for " + which + ".");
        } else if ("resolution".equals(done)) {
            model.addAttribute("done", which + " is resolved.");
        } else if ("note".equals(refused)) {
            model.addAttribute("refused", which + ": a resolution needs a note of 1 to " + NOTE_LENGTH
                    + " characters saying what was done.");
        } else if (refused != null) {
            model.addAttribute("refused", which + " was not changed: it is " + Outcomes.named(InterventionStatus.class,
                    refused, InterventionStatus.OPEN).name().replace('_', ' ')
                    .toLowerCase(java.util.Locale.ROOT) + " already.");
        }
        return "console/interventions";
    }

    @PostMapping("/console/interventions/{interventionId}/retry")
    String retry(@PathVariable String interventionId, Actor admin) {
        InterventionId id = idOf(interventionId);
        try {
            commands.sendAndWait(new RetryInterventionCommand(id, admin, clock.instant()));
            return back("OPEN", "done", "retry", id);
        } catch (StateConflict refused) {
            return back("OPEN", "refused", refused.currentState(), id);
        }
    }

    @PostMapping("/console/interventions/{interventionId}/resolution")
    String resolve(@PathVariable String interventionId, @RequestParam(defaultValue = "") String note, Actor admin) {
        InterventionId id = idOf(interventionId);
        String said = note.strip();
        if (said.isEmpty() || said.length() > NOTE_LENGTH) {
            return back("OPEN", "refused", "note", id);
        }
        try {
            commands.sendAndWait(new ResolveInterventionCommand(id, admin, said, clock.instant()));
            return back("RESOLVED", "done", "resolution", id);
        } catch (StateConflict refused) {
            return back("OPEN", "refused", refused.currentState(), id);
        }
    }

    /** The open interventions at the end of each of the last days, as a chart and as its table. */
    private void history(Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        InterventionQueueHistory history = queries.query(
                new FindInterventionQueueHistoryQuery(today.minusDays(HISTORY_DAYS - 1L), today),
                ResponseTypes.instanceOf(InterventionQueueHistory.class)).join();
        List<InterventionQueueHistory.Day> days = history.days();
        model.addAttribute("history", days);
        List<SvgChart.Point> points = new ArrayList<>(days.stream()
                .map(day -> new SvgChart.Point(day.day().toEpochDay(), BigDecimal.valueOf(day.open()))).toList());
        // each day's count holds over that day: the line ends where today ends
        points.add(new SvgChart.Point(today.toEpochDay() + 1, BigDecimal.valueOf(days.get(days.size() - 1).open())));
        model.addAttribute("historyChart", SvgChart.steps("queue-chart", "Open interventions per day",
                "The open interventions at the end of each day from " + days.get(0).day() + " to " + today + "; "
                + days.get(days.size() - 1).open() + " open at the end of today. The table below lists each day.",
                points, days.get(0).day().toString(), "end of " + today));
    }

    private static String back(String status, String outcome, String value, InterventionId id) {
        return Outcomes.redirect("/console/interventions", "status", status, outcome, value, "id", id.value());
    }

    private static InterventionId idOf(String value) {
        if (!ID.matcher(value).matches()) {
            throw new ResourceNotFound("no intervention " + value);
        }
        return InterventionId.of(value);
    }
}
