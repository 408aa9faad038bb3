package dev.orderledger.api.intervention;

import dev.orderledger.api.common.InvalidValue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks how long the intervention queue was at the end of each UTC day from {@code from} to {@code to} (both
 * inclusive, at most {@value #MAX_DAYS} days), answered with an {@link InterventionQueueHistory}.
 *
 * @throws InvalidValue naming {@code from} for a period that ends before it starts or is too long
 */
public record FindInterventionQueueHistoryQuery(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public FindInterventionQueueHistoryQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidValue("from", "a period of 1 to " + MAX_DAYS + " days, from " + from + " to " + to);
        }
    }
}
