package dev.orderledger.console.risk;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.SafeText;
import dev.orderledger.api.risk.BlockUserCommand;
import dev.orderledger.api.risk.BlockedUsers;
import dev.orderledger.api.risk.ChangeReviewRulesCommand;
import dev.orderledger.api.risk.FindBlockedUsersQuery;
import dev.orderledger.api.risk.FindReviewRulesQuery;
import dev.orderledger.api.risk.FindStandingQuery;
import dev.orderledger.api.risk.ReviewRules;
import dev.orderledger.api.risk.Standing;
import dev.orderledger.api.risk.UnblockUserCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.UserId;
import dev.orderledger.console.Outcomes;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Risk control in the console, for admins as in the API: block a user with a reason, see who is blocked now and
 * unblock one with a reason, look up a user's standing and its history, and read and change the review rules.
 * A form with a field at fault comes back with what was typed and a message under that field, nothing
 * changed; a change done is told on the page the form returns to, named in its address.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RiskPages {

    private static final String PAGE = "/console/risk";
    private static final Pattern USER = Pattern.compile(Identifiers.NAME_REGEX);
    private static final int REASON_LENGTH = 500;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;

    RiskPages(QueryGateway queries, CommandGateway commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String risk(@RequestParam(required = false) String user, @RequestParam(required = false) String done, Model model) {
        String shown = user != null && USER.matcher(user).matches() ? user : null;
        if ("blocked".equals(done) && shown != null) {
            model.addAttribute("done", shown + " is blocked: their placements, checkouts and payments are refused, "
                    + "and their unpaid orders are cancelled.");
        } else if ("unblocked".equals(done) && shown != null) {
            model.addAttribute("done", shown + " is no longer blocked.");
        } else if ("rules".equals(done)) {
            model.addAttribute("done", "The review rules are changed: orders placed from now on are screened against them.");
        }
        if (user != null && !user.isBlank() && shown == null) {
            model.addAttribute("lookupError", "User id: 1 to 64 letters, digits, _ or -.");
        }
        return page(model, shown, null, null);
    }

    @PostMapping(PAGE + "/blocking")
    String block(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String reason, Actor admin,
                 Model model, HttpServletResponse response) {
        Map<String, String> errors = userAndReason(user, reason);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("blockErrors", errors);
            model.addAttribute("blockUser", user);
            model.addAttribute("blockReason", reason);
            return page(model, null, null, null);
        }
        commands.sendAndWait(new BlockUserCommand(UserId.of(user.strip()), admin, reason.strip(), clock.instant()));
        return Outcomes.redirect(PAGE, "done", "blocked", "user", user.strip());
    }

    @PostMapping(PAGE + "/unblocking")
    String unblock(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String reason, Actor admin,
                   Model model, HttpServletResponse response) {
        Map<String, String> errors = userAndReason(user, reason);
        if (errors.isEmpty() && !standingOf(user.strip()).blocked()) {
            errors.put("user", "User id: " + user.strip() + " is not blocked.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("unblockError", "Not unblocked: " + String.join(" ", errors.values()));
            model.addAttribute("unblockUser", user);
            return page(model, USER.matcher(user.strip()).matches() ? user.strip() : null, null, null);
        }
        commands.sendAndWait(new UnblockUserCommand(UserId.of(user.strip()), admin, reason.strip(), clock.instant()));
        return Outcomes.redirect(PAGE, "done", "unblocked", "user", user.strip());
    }

    @PostMapping(PAGE + "/rules")
    String changeRules(@ModelAttribute RulesForm form, Actor admin, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReviewRules rules = form.rules(errors);
        if (rules == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, null, form, errors);
        }
        commands.sendAndWait(new ChangeReviewRulesCommand(rules, admin, clock.instant()));
        return Outcomes.redirect(PAGE, "done", "rules") + "#rules";
    }

    private String page(Model model, String user, RulesForm form, Map<String, String> ruleErrors) {
        ReviewRules rules = queries.query(new FindReviewRulesQuery(), ResponseTypes.instanceOf(ReviewRules.class)).join();
        model.addAttribute("rules", rules);
        model.addAttribute("form", form != null ? form : RulesForm.of(rules));
        model.addAttribute("labels", RulesForm.LABELS);
        model.addAttribute("ruleErrors", ruleErrors == null ? Map.of() : ruleErrors);
        if (ruleErrors != null) {
            model.addAttribute("rulesError", "The rules were not changed: " + String.join(" ", ruleErrors.values()));
        }
        model.addAttribute("blocked", queries.query(new FindBlockedUsersQuery(0, 100),
                ResponseTypes.instanceOf(BlockedUsers.class)).join());
        if (user != null) {
            model.addAttribute("standing", standingOf(user));
        }
        return "console/risk";
    }

    private Standing standingOf(String user) {
        return queries.query(new FindStandingQuery(UserId.of(user)), ResponseTypes.instanceOf(Standing.class)).join();
    }

    /** The user id and the reason a block or an unblock needs, each refusal by its field's name. */
    private static Map<String, String> userAndReason(String user, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!USER.matcher(user.strip()).matches()) {
            errors.put("user", "User id: 1 to 64 letters, digits, _ or -.");
        }
        String said = reason.strip();
        String unsafe = SafeText.refusal(said, true);
        if (said.isEmpty() || said.length() > REASON_LENGTH) {
            errors.put("reason", "Reason: 1 to " + REASON_LENGTH + " characters saying why.");
        } else if (unsafe != null) {
            errors.put("reason", "Reason: " + unsafe + ".");
        }
        return errors;
    }
}
