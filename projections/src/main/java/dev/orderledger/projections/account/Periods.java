package dev.orderledger.projections.account;

import dev.orderledger.api.account.TimeRange;

import java.time.Instant;

/** The ends of a period as instants the database compares with, an open end standing for the whole calendar. */
final class Periods {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private Periods() {
    }

    static Instant from(TimeRange period) {
        return period.from() == null ? EARLIEST : period.from();
    }

    static Instant to(TimeRange period) {
        return period.to() == null ? LATEST : period.to();
    }
}
