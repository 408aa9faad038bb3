package dev.orderledger.api.finance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks finance for a UTC day's settlement, as {@code GET /api/finance/settlements/{day}} answers it, with the day's
 * money flow between account kinds; answered with a {@link DailySettlementSummary}.
 */
public record FindDailySettlementQuery(LocalDate day) {

    public FindDailySettlementQuery {
        Objects.requireNonNull(day, "day");
    }
}
