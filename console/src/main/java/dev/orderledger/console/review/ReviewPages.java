package dev.orderledger.console.review;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.order.DecideOrderReviewCommand;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.risk.FindOrderReviewsQuery;
import dev.orderledger.api.risk.OrderReviewPage;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewStatus;
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

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * The order review queue in the console (ADR 0026), for admins as in the API: the orders held by the review
 * rules, with the rules that fired and when the default decision applies, and for each pending one an
 * approval or a rejection with an optional note. The outcome is told on the list it returns to, named in
 * its address.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ReviewPages {

    private static final Pattern ORDER_ID = Pattern.compile(Identifiers.ORDER_ID_REGEX);
    private static final int NOTE_LENGTH = 500;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;

    ReviewPages(QueryGateway queries, CommandGateway commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/console/reviews")
    String queue(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(required = false) String done,
                 @RequestParam(required = false) String refused, @RequestParam(required = false) String order,
                 Model model) {
        ReviewStatus shown = Outcomes.named(ReviewStatus.class, status, ReviewStatus.PENDING);
        model.addAttribute("status", shown);
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("queue", queries.query(new FindOrderReviewsQuery(shown, 0, 100),
                ResponseTypes.instanceOf(OrderReviewPage.class)).join());
        String which = order != null && ORDER_ID.matcher(order).matches() ? "Order " + order : "The order";
        if ("APPROVE".equals(done)) {
            model.addAttribute("done", which + " is approved: it awaits payment.");
        } else if ("REJECT".equals(done)) {
            model.addAttribute("done", which + " is rejected: it is cancelled and what it held goes back.");
        } else if ("note".equals(refused)) {
            model.addAttribute("refused", which + ": a note has at most " + NOTE_LENGTH + " characters.");
        } else if (refused != null) {
            model.addAttribute("refused", which + " was not changed: it is no longer under review.");
        }
        return "console/reviews";
    }

    @PostMapping("/console/reviews/{orderId}/approval")
    String approve(@PathVariable String orderId, @RequestParam(defaultValue = "") String note, Actor admin) {
        return decide(orderId, ReviewDecision.APPROVE, note, admin);
    }

    @PostMapping("/console/reviews/{orderId}/rejection")
    String reject(@PathVariable String orderId, @RequestParam(defaultValue = "") String note, Actor admin) {
        return decide(orderId, ReviewDecision.REJECT, note, admin);
    }

    private String decide(String orderId, ReviewDecision decision, String note, Actor admin) {
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw new ResourceNotFound("no order " + orderId);
        }
        String said = note.strip();
        if (said.length() > NOTE_LENGTH) {
            return Outcomes.redirect("/console/reviews", "refused", "note", "order", orderId);
        }
        try {
            commands.sendAndWait(new DecideOrderReviewCommand(OrderId.of(orderId), admin, decision,
                    said.isEmpty() ? null : said, clock.instant()));
            return Outcomes.redirect("/console/reviews", "status", decision == ReviewDecision.APPROVE ? "APPROVED" : "REJECTED",
                    "done", decision.name(), "order", orderId);
        } catch (StateConflict noLongerUnderReview) {
            return Outcomes.redirect("/console/reviews", "refused", "state", "order", orderId);
        }
    }
}
