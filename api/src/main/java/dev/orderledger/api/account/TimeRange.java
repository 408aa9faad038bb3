package dev.orderledger.api.account;

import dev.orderledger.api.common.InvalidValue;

import java.time.Instant;

/**
 * A period to read: from {@code from} (inclusive) until {@code to} (exclusive). Either end may be
 * null, leaving that side open.
 */
public record TimeRange(Instant from, Instant to) {

    /** Everything, from the first entry to the last. */
    public static final TimeRange ALL = new TimeRange(null, null);

    /** @throws InvalidValue when the period ends before it starts, or is empty */
    public TimeRange {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValue("the period must start before it ends: from " + from + " to " + to);
        }
    }
}
