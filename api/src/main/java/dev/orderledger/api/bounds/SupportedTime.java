package dev.orderledger.api.bounds;

import dev.orderledger.api.common.InvalidValue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The calendar the ledger works in: the years 1970 to 9999, UTC. Every date and instant a request
 * carries (a period's ends, a coupon's validity, a presale window, a settlement day) lies in it, so
 * that a day's end, a period's length or a deadline can always be computed, and PostgreSQL and
 * Elasticsearch can store it.
 */
public final class SupportedTime {

    public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    public static final Instant FIRST_INSTANT = Instant.parse("1970-01-01T00:00:00Z");
    /** The first instant after the supported calendar (exclusive). */
    public static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");
    public static final String MESSAGE = "must lie between 1970-01-01 and 9999-12-31 (UTC)";

    private SupportedTime() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END);
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** @throws InvalidValue naming the field when the instant is outside the calendar */
    public static Instant require(String field, Instant instant) {
        if (instant != null && !contains(instant)) {
            throw new InvalidValue(field, MESSAGE);
        }
        return instant;
    }
}
