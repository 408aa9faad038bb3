package dev.orderledger.projections.order;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The time a state machine reached each of its statuses, kept as a JSON column (replaced whole on change). */
final class StatusTimes {

    private StatusTimes() {
    }

    /** These times, with {@code status} reached at {@code at} (a status reached again keeps its latest time). */
    static <S extends Enum<S>> Map<S, Instant> with(Map<S, Instant> times, S status, Instant at) {
        Map<S, Instant> changed = new HashMap<>(times);
        changed.put(status, at);
        return changed;
    }
}
