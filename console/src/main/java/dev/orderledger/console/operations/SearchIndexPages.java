package dev.orderledger.console.operations;

import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.operations.FindSearchIndexRebuildQuery;
import dev.orderledger.api.operations.SearchIndexRebuildProgress;
import dev.orderledger.api.operations.StartSearchIndexRebuildCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.console.Outcomes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The search index's rebuild in the console, for admins: a button starts it in the background, and its progress
 * (documents indexed of those folded, its state) is a fragment of the projections page that htmx asks for
 * again every second while the rebuild runs, and stops asking once it is done. Without JavaScript, reloading
 * the page shows the progress.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SearchIndexPages {

    private static final String PAGE = "/console/projections";

    private final QueryGateway queries;
    private final CommandGateway commands;

    SearchIndexPages(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The progress alone: what htmx polls. Opened as a page (without htmx), it is the projections page's part. */
    @GetMapping("/console/projections/search-rebuild")
    String progress(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if (htmx == null) {
            return Outcomes.redirect(PAGE) + "#search-rebuild";
        }
        model.addAttribute("rebuild", queries.query(new FindSearchIndexRebuildQuery(),
                ResponseTypes.instanceOf(SearchIndexRebuildProgress.class)).join());
        return "console/search-rebuild :: progress";
    }

    @PostMapping("/console/projections/search-rebuild")
    String start(Actor admin) {
        try {
            commands.sendAndWait(new StartSearchIndexRebuildCommand(admin));
            return Outcomes.redirect(PAGE) + "#search-rebuild";
        } catch (StateConflict running) {
            return Outcomes.redirect(PAGE, "rebuildRefused", "running") + "#search-rebuild";
        }
    }
}
