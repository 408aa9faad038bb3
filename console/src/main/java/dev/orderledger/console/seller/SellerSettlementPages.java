package dev.orderledger.console.seller;

import dev.orderledger.api.account.FindSellerSettlementsQuery;
import dev.orderledger.api.account.SellerSettlements;
import dev.orderledger.api.account.TimeRange;
import dev.orderledger.api.security.Actor;
import dev.orderledger.console.FormValues;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A seller's settlement, as {@code GET /api/seller/settlements} answers it: the orders settled in a period of
 * days (both ends included; none for all time), the latest first, what refunds took back, the account's
 * balance now, and the paid orders still waiting for completion and settlement.
 */
@Controller
@PreAuthorize("hasRole('SELLER')")
class SellerSettlementPages {

    private static final int PAGE_SIZE = 20;
    private static final int LAST_PAGE = 499;

    private final QueryGateway queries;

    SellerSettlementPages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/console/seller/settlements")
    String settlements(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(defaultValue = "0") String page, Actor seller, Model model) {
        List<String> problems = new ArrayList<>();
        LocalDate first = dayOf(from, "From", problems);
        LocalDate last = dayOf(to, "To", problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add("To: the period ends on or after its first day.");
        }
        int pageNumber = page.matches("[0-9]{1,3}") ? Math.min(Integer.parseInt(page), LAST_PAGE) : 0;
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("problems", problems);
        if (problems.isEmpty()) {
            TimeRange period = new TimeRange(first == null ? null : FormValues.startOf(first),
                    last == null ? null : FormValues.endOf(last));
            SellerSettlements settlements = queries.query(new FindSellerSettlementsQuery(seller.userId(), period, pageNumber,
                    PAGE_SIZE), ResponseTypes.instanceOf(SellerSettlements.class)).join();
            model.addAttribute("settlements", settlements);
            model.addAttribute("pages", (settlements.totalOrders() + PAGE_SIZE - 1) / PAGE_SIZE);
        }
        return "console/seller-settlements";
    }

    private static LocalDate dayOf(String value, String field, List<String> problems) {
        if (!FormValues.present(value)) {
            return null;
        }
        LocalDate day = FormValues.day(value);
        if (day == null) {
            problems.add(field + ": " + FormValues.DAY_HINT + ".");
        }
        return day;
    }
}
