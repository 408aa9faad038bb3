package dev.orderledger.console.finance;

import dev.orderledger.console.FormValues;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.finance.GatewayStatementSummary;
import dev.orderledger.api.finance.MatchGatewayStatementQuery;
import dev.orderledger.api.gateway.GatewayStatement;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's daily statement in the console, for finance and admins as in the API: a form uploads the gateway's
 * CSV file for a day, and the page shows the match with the journal: each line matched or not, each difference with
 * the order and transfer it names, the money in and out on both sides. Nothing is stored; a file that is not a
 * statement is named with its line at fault.
 */
@Controller
@PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
class GatewayStatementPages {

    private final QueryGateway queries;
    private final Clock clock;

    GatewayStatementPages(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/console/gateway-statements")
    String form(Model model) {
        model.addAttribute("day", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        model.addAttribute("problems", List.of());
        return "console/gateway-statements";
    }

    @PostMapping("/console/gateway-statements")
    String match(@RequestParam(defaultValue = "") String day, @RequestParam(required = false) MultipartFile statement,
                 Model model) {
        model.addAttribute("day", day);
        List<String> problems = new ArrayList<>();
        LocalDate matchedDay = FormValues.present(day) ? FormValues.day(day) : null;
        if (matchedDay == null) {
            problems.add("Day: " + FormValues.DAY_HINT + ".");
        }
        GatewayStatement parsed = null;
        if (statement == null || statement.isEmpty()) {
            problems.add("Statement file: choose the gateway's CSV file of the day.");
        } else {
            try {
                parsed = GatewayStatement.parse(new String(statement.getBytes(), StandardCharsets.UTF_8));
            } catch (InvalidValue notAStatement) {
                problems.add("Statement file: " + notAStatement.getMessage() + ".");
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        model.addAttribute("problems", problems);
        if (problems.isEmpty()) {
            model.addAttribute("fileName", statement.getOriginalFilename());
            model.addAttribute("report", queries.query(new MatchGatewayStatementQuery(matchedDay, parsed),
                    ResponseTypes.instanceOf(GatewayStatementSummary.class)).join());
        }
        return "console/gateway-statements";
    }
}
