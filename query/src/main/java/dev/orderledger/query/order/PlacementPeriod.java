package dev.orderledger.query.order;

import dev.orderledger.api.bounds.SupportedTime;
import dev.orderledger.api.common.InvalidValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The period of the admin search's {@code from} and {@code to} parameters: from inclusive, until
 * exclusive, either open. Each is an ISO-8601 instant or a day (its start in UTC) in the supported calendar; anything else,
 * or a period that ends before it starts, is refused as invalid input (400).
 */
record PlacementPeriod(Instant from, Instant until) {

    static PlacementPeriod of(String from, String to) {
        PlacementPeriod period = new PlacementPeriod(parse("from", from), parse("to", to));
        if (period.from != null && period.until != null && !period.from.isBefore(period.until)) {
            throw new InvalidValue("from", "must be before 'to'");
        }
        return period;
    }

    private static Instant parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SupportedTime.require(name, value.contains("T") ? Instant.parse(value)
                    : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidValue(name, "is neither a day (2025-03-01) nor an instant (2025-03-01T08:00:00Z)");
        }
    }
}
