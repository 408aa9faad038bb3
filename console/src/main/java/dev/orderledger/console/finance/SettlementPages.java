package dev.orderledger.console.finance;

import dev.orderledger.console.FormValues;
import dev.orderledger.api.finance.DailySettlementSummary;
import dev.orderledger.api.finance.FindDailySettlementQuery;
import dev.orderledger.console.chart.SvgChart;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A day's settlement in the console, for finance and admins as in the API: pick a UTC day (today by default) and see
 * per seller what was settled and charged back, with a link to the seller's account at the day's end; the platform's
 * totals per kind of transfer; and the day's money flow between kinds of account, as a chart per currency and a table.
 */
@Controller
@PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
class SettlementPages {

    private final QueryGateway queries;
    private final Clock clock;

    SettlementPages(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/console/settlements")
    String day(@RequestParam(required = false) String day, Model model) {
        LocalDate shown = FormValues.present(day) ? FormValues.day(day) : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        model.addAttribute("day", FormValues.present(day) ? day : shown.toString());
        if (shown == null) {
            model.addAttribute("problems", List.of("Day: " + FormValues.DAY_HINT + "."));
            return "console/settlements";
        }
        model.addAttribute("problems", List.of());
        DailySettlementSummary settlement = queries.query(new FindDailySettlementQuery(shown),
                ResponseTypes.instanceOf(DailySettlementSummary.class)).join();
        model.addAttribute("settlement", settlement);
        model.addAttribute("dayEnd", FormValues.endOf(shown).toString());
        model.addAttribute("flowCharts", flowCharts(settlement));
        return "console/settlements";
    }

    /** Per currency, the day's flows between kinds of account as bars (one scale per currency). */
    private static Map<String, String> flowCharts(DailySettlementSummary settlement) {
        Map<String, List<DailySettlementSummary.Flow>> byCurrency = settlement.flows().stream()
                .collect(Collectors.groupingBy(DailySettlementSummary.Flow::currency, TreeMap::new, Collectors.toList()));
        Map<String, String> charts = new TreeMap<>();
        byCurrency.forEach((currency, flows) -> charts.put(currency, SvgChart.bars("flows-" + currency,
                "Money flow on " + settlement.day() + " in " + currency,
                flows.size() + " flows between kinds of account; the table below lists each with its amount",
                flows.stream().map(flow -> new SvgChart.Bar(flow.fromKind() + " → " + flow.toKind()
                        + " (" + flow.transfers() + (flow.transfers() == 1 ? " transfer)" : " transfers)"), flow.amount()))
                        .toList())));
        return charts;
    }
}
