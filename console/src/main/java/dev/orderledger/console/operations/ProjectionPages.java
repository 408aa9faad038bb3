package dev.orderledger.console.operations;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.operations.DeadLetters;
import dev.orderledger.api.operations.DropDeadLetterCommand;
import dev.orderledger.api.operations.FindDeadLettersQuery;
import dev.orderledger.api.operations.FindProjectionsQuery;
import dev.orderledger.api.operations.FindSearchIndexRebuildQuery;
import dev.orderledger.api.operations.ProjectionState;
import dev.orderledger.api.operations.ProjectionsOverview;
import dev.orderledger.api.operations.RetryDeadLettersCommand;
import dev.orderledger.api.operations.RetryOutcome;
import dev.orderledger.api.operations.SearchIndexRebuildProgress;
import dev.orderledger.api.security.Actor;
import dev.orderledger.console.Outcomes;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The projections in the console, for admins as in the API: each one's position in the event store, how many
 * events it is behind the head, and its dead letters, each retried (its sequence, from its first event) or
 * dropped, or all retried at once. A projection another node processes says so. The outcome of an action is
 * told in the projection's section, named in the address the form returns to; with htmx only that section is
 * swapped in.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProjectionPages {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int LETTERS_SHOWN = 100;

    private final QueryGateway queries;
    private final CommandGateway commands;

    ProjectionPages(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/console/projections")
    String projections(@RequestParam(required = false) String projection, @RequestParam(required = false) String done,
                       @RequestParam(required = false) String succeeded, @RequestParam(required = false) String parked,
                       @RequestParam(required = false) String refused, @RequestParam(required = false) String rebuildRefused,
                       Model model) {
        ProjectionsOverview overview = queries.query(new FindProjectionsQuery(),
                ResponseTypes.instanceOf(ProjectionsOverview.class)).join();
        Map<String, DeadLetters> letters = new LinkedHashMap<>();
        for (ProjectionState state : overview.projections()) {
            if (state.deadLetters() > 0) {
                letters.put(state.name(), queries.query(new FindDeadLettersQuery(state.name(), LETTERS_SHOWN),
                        ResponseTypes.instanceOf(DeadLetters.class)).join());
            }
        }
        model.addAttribute("overview", overview);
        model.addAttribute("letters", letters);
        model.addAttribute("rebuild", queries.query(new FindSearchIndexRebuildQuery(),
                ResponseTypes.instanceOf(SearchIndexRebuildProgress.class)).join());
        if (rebuildRefused != null) {
            model.addAttribute("rebuildRefused", "A rebuild of the search index runs already: its progress is below.");
        }
        if (projection != null && overview.projections().stream().anyMatch(state -> state.name().equals(projection))) {
            model.addAttribute("outcomeOf", projection);
            model.addAttribute("outcome", outcome(done, succeeded, parked, refused));
        }
        return "console/projections";
    }

    private static String outcome(String done, String succeeded, String parked, String refused) {
        if ("retry".equals(done)) {
            return "Retried: " + count(succeeded) + " sequence(s) went through; " + count(parked) + " dead letter(s) still parked.";
        } else if ("drop".equals(done)) {
            return "Dropped: the projection will never apply that event (until a rebuild).";
        } else if ("gone".equals(refused)) {
            return "That dead letter is no longer parked: it went through or was dropped already.";
        }
        return null;
    }

    private static String count(String value) {
        return value != null && value.matches("\\d{1,10}") ? value : "?";
    }

    @PostMapping("/console/projections/{name}/dead-letters/retry")
    String retryAll(@PathVariable String name, Actor admin) {
        return retried(name, commands.sendAndWait(RetryDeadLettersCommand.all(nameOf(name), admin)));
    }

    @PostMapping("/console/projections/{name}/dead-letters/{eventId}/retry")
    String retry(@PathVariable String name, @PathVariable String eventId, Actor admin) {
        RetryDeadLettersCommand retry = new RetryDeadLettersCommand(nameOf(name), eventIdOf(eventId), admin);
        try {
            return retried(name, commands.sendAndWait(retry));
        } catch (ResourceNotFound gone) {
            return back(name, "refused", "gone");
        }
    }

    @PostMapping("/console/projections/{name}/dead-letters/{eventId}/drop")
    String drop(@PathVariable String name, @PathVariable String eventId, Actor admin) {
        DropDeadLetterCommand drop = new DropDeadLetterCommand(nameOf(name), eventIdOf(eventId), admin);
        try {
            commands.sendAndWait(drop);
            return back(name, "done", "drop");
        } catch (ResourceNotFound gone) {
            return back(name, "refused", "gone");
        }
    }

    private static String retried(String name, RetryOutcome outcome) {
        return Outcomes.redirect("/console/projections", "projection", name, "done", "retry",
                "succeeded", String.valueOf(outcome.succeeded()), "parked", String.valueOf(outcome.stillParked()))
                + "#projection-" + name;
    }

    private static String back(String name, String outcome, String value) {
        return Outcomes.redirect("/console/projections", "projection", name, outcome, value) + "#projection-" + name;
    }

    private static String nameOf(String value) {
        if (!NAME.matcher(value).matches()) {
            throw new ResourceNotFound("no projection " + value);
        }
        return value;
    }

    private static String eventIdOf(String value) {
        if (!EVENT_ID.matcher(value).matches()) {
            throw new ResourceNotFound("no dead letter " + value);
        }
        return value;
    }
}
