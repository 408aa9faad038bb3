package dev.orderledger.projections.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Times kept inside JSON columns (the time of each status, of each return): to the microsecond, as
 * PostgreSQL keeps the time columns, so that every time of a view reads alike.
 */
final class JsonTimes {

    private JsonTimes() {
    }

    static Instant of(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** These times, with {@code status} reached at {@code at} (a status reached again keeps its latest time). */
    static <S extends Enum<S>> Map<S, Instant> with(Map<S, Instant> times, S status, Instant at) {
        Map<S, Instant> changed = new HashMap<>(times);
        changed.put(status, of(at));
        return changed;
    }
}
