package dev.orderledger.console.finance;

import dev.orderledger.console.FormValues;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.finance.AccountBalanceAt;
import dev.orderledger.api.finance.FindAccountAsOfQuery;
import dev.orderledger.console.chart.SvgChart;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An account's balance at any instant in the console, for finance and admins as in the API: an account id and an
 * instant (now by default), optionally a start; the page shows the balance then, from the account's own events, the
 * postings of the period with their transfers, and the balance over the period as a chart.
 */
@Controller
@PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
class AccountPages {

    private static final String KINDS = Arrays.stream(AccountKind.values()).map(AccountKind::code)
            .collect(Collectors.joining(", "));

    private final QueryGateway queries;
    private final Clock clock;

    AccountPages(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/console/accounts")
    String account(@RequestParam(required = false) String account, @RequestParam(required = false) String at,
                   @RequestParam(required = false) String from, Model model) {
        Instant now = clock.instant();
        model.addAttribute("account", account);
        model.addAttribute("at", FormValues.present(at) ? at : now.toString());
        model.addAttribute("from", from);
        if (!FormValues.present(account)) {
            model.addAttribute("problems", List.of());
            return "console/accounts";
        }
        List<String> problems = new ArrayList<>();
        AccountId accountId = accountId(account, problems);
        Instant until = FormValues.present(at) ? FormValues.instant(at) : now;
        if (until == null) {
            problems.add("At: " + FormValues.INSTANT_HINT + ".");
        }
        Instant since = FormValues.present(from) ? FormValues.instant(from) : null;
        if (FormValues.present(from) && since == null) {
            problems.add("From: " + FormValues.INSTANT_HINT + ", or nothing for since the account opened.");
        } else if (since != null && until != null && since.isAfter(until)) {
            problems.add("From: the period starts at " + since + ", after its end " + until + ".");
        }
        model.addAttribute("problems", problems);
        if (problems.isEmpty()) {
            AccountBalanceAt balance = queries.query(new FindAccountAsOfQuery(accountId, since, until),
                    ResponseTypes.instanceOf(AccountBalanceAt.class)).join();
            model.addAttribute("balance", balance);
            model.addAttribute("chart", chart(balance));
        }
        return "console/accounts";
    }

    private static AccountId accountId(String account, List<String> problems) {
        try {
            return AccountId.parse(account.strip());
        } catch (InvalidValue notAnAccount) {
            problems.add("Account: an account id is kind:owner, as seller:10000001 (kinds: " + KINDS + ").");
            return null;
        }
    }

    /** The balance from the period's start (or the first posting) to its end, holding between postings. */
    private static String chart(AccountBalanceAt account) {
        List<SvgChart.Point> points = new ArrayList<>();
        if (account.openingBalance() != null) {
            points.add(new SvgChart.Point(account.from().getEpochSecond(), account.openingBalance().amount()));
        }
        account.postings().forEach(posting -> points.add(
                new SvgChart.Point(posting.at().getEpochSecond(), posting.balanceAfter().amount())));
        if (account.balance() != null) {
            points.add(new SvgChart.Point(account.at().getEpochSecond(), account.balance().amount()));
        }
        String first = points.isEmpty() ? "" : Instant.ofEpochSecond((long) points.get(0).x()).toString();
        String currency = account.balance() == null ? "" : " " + account.balance().currency().getCurrencyCode();
        BigDecimal last = account.balance() == null ? BigDecimal.ZERO : account.balance().amount();
        return SvgChart.steps("balance-chart", "Balance of " + account.accountId() + " over time",
                "From " + first + " to " + account.at() + ": " + account.postings().size() + " postings; the balance at the end is "
                + last.toPlainString() + currency + ". The postings table lists each balance.",
                points, first, account.at().toString());
    }
}
