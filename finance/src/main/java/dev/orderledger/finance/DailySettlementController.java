package dev.orderledger.finance;

import dev.orderledger.api.bounds.InCalendar;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** A day's settlement per seller and the platform's totals, as JSON or as CSV ({@code Accept: text/csv}). */
@RestController
@RequestMapping("/api/finance/settlements/{day}")
@PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
class DailySettlementController {

    private static final String CSV = "text/csv";

    private final DailySettlement settlement;

    DailySettlementController(DailySettlement settlement) {
        this.settlement = settlement;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    DailySettlement.Day day(@PathVariable @InCalendar LocalDate day) {
        return settlement.of(day);
    }

    @GetMapping(produces = CSV)
    String sellersCsv(@PathVariable @InCalendar LocalDate day) {
        return settlement.of(day).sellersCsv();
    }

    @GetMapping(path = "/platform", produces = CSV)
    String platformCsv(@PathVariable @InCalendar LocalDate day) {
        return settlement.of(day).platformCsv();
    }
}
